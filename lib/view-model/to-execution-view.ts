import type { ExecutionTimeline, StateVisit, VisitGroup } from '@/lib/history/types';
import { findChildLinks } from '@/lib/map-runs/find-child-links';
import { toAttemptViews } from './to-attempt-views';
import { toFailureView } from './to-failure-view';
import type { ExecutionView, GroupView, VisitView } from './types';

const ms = (date: Date | null): number | null => (date ? date.getTime() : null);

function toGroupView(group: VisitGroup, ownerId: number): GroupView {
  return {
    key: `${ownerId}:${group.run}:${group.index}`,
    kind: group.kind,
    index: group.index,
    run: group.run,
    status: group.status,
    startMs: ms(group.startedAt),
    endMs: ms(group.endedAt),
    durationMs: group.durationMs,
    visits: group.visits.map(toVisitView),
  };
}

function toVisitView(visit: StateVisit): VisitView {
  const view: VisitView = {
    id: visit.enteredEventId,
    name: visit.name,
    type: visit.type,
    status: visit.status,
    startMs: ms(visit.startedAt),
    endMs: ms(visit.endedAt),
    durationMs: visit.durationMs,
    error: visit.error,
    cause: visit.cause,
    caught: visit.caughtBy ? { error: visit.caughtBy.error, next: visit.caughtBy.next } : null,
    attempts: toAttemptViews(visit),
    groups: visit.children
      .slice()
      .sort((a, b) => a.run - b.run || a.index - b.index)
      .map((group) => toGroupView(group, visit.enteredEventId)),
    eventIds: visit.eventIds,
  };
  if (visit.input) {
    view.input = visit.input.text;
    if (visit.input.truncated) view.inputTruncated = true;
  }
  if (visit.output) {
    view.output = visit.output.text;
    if (visit.output.truncated) view.outputTruncated = true;
  }
  const parameters = visit.attempts[0]?.parameters;
  if (parameters) view.parameters = parameters.text;
  return view;
}

/** Reduces a reconstructed timeline to the plain data the execution page renders. */
export function toExecutionView(timeline: ExecutionTimeline): ExecutionView {
  const view: ExecutionView = {
    status: timeline.status,
    startMs: ms(timeline.startDate),
    stopMs: ms(timeline.stopDate),
    durationMs: timeline.durationMs,
    error: timeline.error,
    cause: timeline.cause,
    visits: timeline.visits.map(toVisitView),
    failure: toFailureView(timeline),
    caught: timeline.failure.caught.map((caught) => ({
      state: caught.state,
      visitId: caught.enteredEventId,
      error: caught.error,
      next: caught.next,
    })),
    eventCount: timeline.events.length,
    partial: timeline.partial,
    warnings: timeline.warnings,
  };
  if (timeline.input) view.input = timeline.input.text;
  if (timeline.output) view.output = timeline.output.text;
  const childLinks = findChildLinks(timeline);
  if (childLinks.mapRuns.length > 0 || childLinks.startedExecutions.length > 0) view.childLinks = childLinks;
  return view;
}
