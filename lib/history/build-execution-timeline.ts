import { buildFailureAnalysis, containingChain, findFailingNode } from './build-failure-analysis';
import { countTransitions } from './count-transitions';
import { findInconsistentLinks } from './find-inconsistent-links';
import { MAX_VISIT_NESTING, groupStateVisits, type VisitNode } from './group-state-visits';
import { toPayload } from './payload';
import { toStateVisits } from './to-state-visits';
import type { ExecutionEvent, ExecutionStatus, ExecutionTimeline, PartialReason } from './types';

export interface TimelineOptions {
  /** Warnings from reading the input (masked timestamps, recorder artifacts), carried into the result. */
  warnings?: string[];
  /** The input says it was reshaped (recorder artifacts) or is one page of several. */
  damaged?: boolean;
  incomplete?: boolean;
}

/** Standard executions stop at 25,000 events (docs/aws-behaviour.md#history-size-limit). */
export const HISTORY_EVENT_LIMIT = 25_000;

const TERMINAL_STATUS: Partial<Record<ExecutionEvent['type'], ExecutionStatus>> = {
  ExecutionSucceeded: 'SUCCEEDED',
  ExecutionFailed: 'FAILED',
  ExecutionAborted: 'ABORTED',
  ExecutionTimedOut: 'TIMED_OUT',
};

/** Sorts by id and drops repeated events (overlapping pages); the first copy of an id wins. */
function toCanonicalOrder(events: readonly ExecutionEvent[], warnings: string[]): ExecutionEvent[] {
  let sorted = true;
  let previous: ExecutionEvent | undefined;
  for (const event of events) {
    if (previous && event.id <= previous.id) {
      sorted = false;
      break;
    }
    previous = event;
  }
  if (sorted) return events.slice();
  const list = events.slice().sort((a, b) => a.id - b.id);
  const out: ExecutionEvent[] = [];
  let conflicts = 0;
  for (const e of list) {
    const last = out[out.length - 1];
    if (last && last.id === e.id) {
      if (last.rawType !== e.rawType) conflicts++;
      continue;
    }
    out.push(e);
  }
  if (conflicts) warnings.push(`${conflicts} event ids appear twice with different types; the first was kept`);
  return out;
}

/**
 * Reconstructs an execution from its history events, in any order and from any source: visits,
 * attempts, failure analysis and transition counts are all derived from the events, which stay the
 * only stored data. Never throws on odd event lists: what cannot be placed is reported instead.
 */
export function buildExecutionTimeline(input: readonly ExecutionEvent[], options: TimelineOptions = {}): ExecutionTimeline {
  const warnings = [...(options.warnings ?? [])];
  const events = toCanonicalOrder(input, warnings);
  const grouping = groupStateVisits(events);
  const eventById = grouping.eventById;

  let started: ExecutionEvent | undefined;
  let lastLifecycle: ExecutionEvent | undefined;
  const terminals: ExecutionEvent[] = [];
  let redrives = 0;
  const unknownEvents: ExecutionEvent[] = [];
  for (const e of events) {
    if (e.type === 'Unknown') unknownEvents.push(e);
    if (e.category !== 'execution') continue;
    if (e.type === 'ExecutionStarted') started ??= e;
    if (e.type === 'ExecutionRedriven') redrives++;
    if (TERMINAL_STATUS[e.type]) terminals.push(e);
    lastLifecycle = e;
  }
  const terminalStatus = lastLifecycle ? TERMINAL_STATUS[lastLifecycle.type] : undefined;
  const terminal = terminalStatus ? lastLifecycle : undefined;
  const status: ExecutionStatus = terminalStatus ?? 'RUNNING';

  const failingNode =
    terminal && (terminal.type === 'ExecutionFailed' || terminal.type === 'ExecutionTimedOut')
      ? findFailingNode(terminal, eventById, grouping)
      : undefined;
  const failingChain = containingChain(failingNode);
  // A visit belongs to the run (redrive attempt) that ends at the first terminal event after it.
  // Terminals are in id order: a binary search, as a hostile history can hold thousands of them.
  const terminalFor = (visit: VisitNode) => {
    let lo = 0;
    let hi = terminals.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const candidate = terminals[mid];
      if (!candidate) break;
      if (candidate.id > visit.entered.id) hi = mid;
      else lo = mid + 1;
    }
    return terminals[lo];
  };

  const derived = toStateVisits(grouping, { terminalFor, failingChain, failingNode });
  const failure = buildFailureAnalysis(derived, grouping, eventById, failingNode, terminal);
  const transitions = countTransitions(derived.all, redrives);

  const partialReasons: PartialReason[] = [];
  if (!terminal) partialReasons.push('not-terminal');
  const cause = terminal?.details.cause ?? '';
  if (events.length >= HISTORY_EVENT_LIMIT || /maximum number of history events/i.test(cause)) {
    partialReasons.push('history-limit');
  }
  const first = events[0];
  const last = events[events.length - 1];
  const hasGaps = !!first && !!last && (first.id !== 1 || last.id - first.id + 1 !== events.length);
  if (options.incomplete || hasGaps || grouping.missingLinks > 0 || !started) partialReasons.push('missing-events');
  const inconsistent = findInconsistentLinks(events, eventById);
  if (inconsistent.length) {
    const more = inconsistent.length > 3 ? `; and ${inconsistent.length - 3} more` : '';
    warnings.push(`the history is inconsistent: ${inconsistent.slice(0, 3).join('; ')}${more}; the timeline is a best effort, not exact`);
  }
  if (options.damaged || inconsistent.length) partialReasons.push('damaged-input');
  if (grouping.flattened) {
    warnings.push(
      `${grouping.flattened} ${grouping.flattened === 1 ? 'state' : 'states'} nested deeper than ${MAX_VISIT_NESTING} Map and Parallel levels are shown at level ${MAX_VISIT_NESTING}`,
    );
  }
  if (grouping.unplaced.length)
    warnings.push(
      `${grouping.unplaced.length} state ${grouping.unplaced.length === 1 ? 'event' : 'events'} could not be placed in a visit`,
    );
  if (unknownEvents.length) {
    const types = [...new Set(unknownEvents.map((e) => e.rawType))].join(', ');
    warnings.push(`${unknownEvents.length} events of unknown type (${types}) are shown as they are`);
  }

  const startDate = started?.timestamp ?? null;
  const stopDate = terminal?.timestamp ?? null;
  const timeline: ExecutionTimeline = {
    status,
    startDate,
    stopDate,
    durationMs: startDate && stopDate ? stopDate.getTime() - startDate.getTime() : null,
    error: terminal?.details.error ?? null,
    cause: terminal?.details.cause ?? null,
    events,
    visits: derived.roots,
    failure,
    transitions,
    redriveCount: redrives,
    unknownEvents,
    unplacedEvents: grouping.unplaced,
    partial: partialReasons.length > 0,
    partialReasons,
    warnings,
  };
  if (started?.details.input !== undefined) timeline.input = toPayload(started.details.input, started.details.inputTruncated);
  if (terminal?.type === 'ExecutionSucceeded' && terminal.details.output !== undefined) {
    timeline.output = toPayload(terminal.details.output, terminal.details.outputTruncated);
  }
  return timeline;
}
