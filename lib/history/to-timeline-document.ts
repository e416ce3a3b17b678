import { limitJsonDepth } from './json-depth';
import { payloadValue } from './payload';
import type { Attempt, ExecutionEvent, ExecutionTimeline, Payload, StateVisit, VisitGroup } from './types';

/** The JSON document of `statescope timeline --json`: plain values, ISO dates, payloads parsed. */
export interface TimelineDocument {
  status: string;
  startDate: string | null;
  stopDate: string | null;
  durationMs: number | null;
  error: string | null;
  cause: string | null;
  transitions: number;
  transitionsByState: Record<string, number>;
  redriveCount: number;
  visits: VisitDocument[];
  failurePath: { name: string; type: string; status: string; enteredEventId: number }[];
  rootCause: ExecutionTimeline['failure']['rootCause'];
  caught: { state: string; error: string | null; cause: string | null; next: string | null; enteredEventId: number }[];
  failStates: ExecutionTimeline['failure']['failStates'];
  /** Why a Fail state ended the execution: the caught error that led there, or its input's reason. */
  causeChain: ExecutionTimeline['failure']['causeChain'];
  unknownEvents: { id: number; previousEventId: number; type: string; details: unknown }[];
  unplacedEvents: { id: number; previousEventId: number; type: string }[];
  partial: boolean;
  partialReasons: string[];
  warnings: string[];
  eventCount: number;
}

export type VisitDocument = Record<string, unknown> & { name: string; type: string; children: VisitDocument[] };

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

function payloadFields(prefix: 'input' | 'output', payload: Payload | undefined): Record<string, unknown> {
  if (!payload) return {};
  const fields: Record<string, unknown> = { [prefix]: payloadValue(payload) };
  if (payload.truncated) fields[`${prefix}Truncated`] = true;
  return fields;
}

function toAttemptDocument(a: Attempt): Record<string, unknown> {
  return {
    number: a.number,
    kind: a.kind,
    status: a.status,
    resource: a.resource,
    resourceType: a.resourceType,
    error: a.error,
    cause: a.cause,
    scheduledAt: iso(a.scheduledAt),
    startedAt: iso(a.startedAt),
    endedAt: iso(a.endedAt),
    durationMs: a.durationMs,
    backoffMs: a.backoffMs,
    length: a.length,
    firstEventId: a.firstEventId,
    lastEventId: a.lastEventId,
  };
}

function toVisitDocument(v: StateVisit): VisitDocument {
  const doc: VisitDocument = {
    name: v.name,
    type: v.type,
    status: v.status,
    enteredEventId: v.enteredEventId,
    exitedEventId: v.exitedEventId,
    startedAt: iso(v.startedAt),
    endedAt: iso(v.endedAt),
    durationMs: v.durationMs,
    ...payloadFields('input', v.input),
    ...payloadFields('output', v.output),
    attempts: v.attempts.map(toAttemptDocument),
    error: v.error,
    cause: v.cause,
    caughtBy: v.caughtBy,
    transitions: v.billableTransitions,
    children: v.children.map(toGroupDocument),
  };
  if (v.redriveAttempt) doc.redriveAttempt = v.redriveAttempt;
  if (v.assignedVariables) {
    doc.assignedVariables = Object.fromEntries(Object.entries(v.assignedVariables).map(([k, p]) => [k, payloadValue(p)]));
  }
  if (v.evaluationFailures.length) doc.evaluationFailures = v.evaluationFailures;
  if (v.mapRuns.length) doc.mapRuns = v.mapRuns;
  return doc;
}

function toGroupDocument(g: VisitGroup): VisitDocument {
  return {
    name: g.name,
    type: g.kind,
    index: g.index,
    run: g.run,
    status: g.status,
    startedAt: iso(g.startedAt),
    endedAt: iso(g.endedAt),
    durationMs: g.durationMs,
    children: g.visits.map(toVisitDocument),
  };
}

const eventRef = (e: ExecutionEvent) => ({ id: e.id, previousEventId: e.previousEventId, type: e.rawType });

/** Turns a timeline into the documented JSON shape (see the CLI's `--json`). */
export function toTimelineDocument(t: ExecutionTimeline): TimelineDocument {
  return {
    status: t.status,
    startDate: iso(t.startDate),
    stopDate: iso(t.stopDate),
    durationMs: t.durationMs,
    error: t.error,
    cause: t.cause,
    transitions: t.transitions.total,
    transitionsByState: t.transitions.byState,
    redriveCount: t.redriveCount,
    visits: t.visits.map(toVisitDocument),
    failurePath: t.failure.failurePath.map((v) => ({
      name: v.name,
      type: v.type,
      status: v.status,
      enteredEventId: v.enteredEventId,
    })),
    rootCause: t.failure.rootCause,
    caught: t.failure.caught.map((c) => ({
      state: c.state,
      error: c.error,
      cause: c.cause,
      next: c.next,
      enteredEventId: c.enteredEventId,
    })),
    failStates: t.failure.failStates,
    causeChain: t.failure.causeChain,
    // As received, so any depth: bounded, or printing the document would overflow the stack.
    unknownEvents: t.unknownEvents.map((e) => ({ ...eventRef(e), details: limitJsonDepth(e.details.raw) })),
    unplacedEvents: t.unplacedEvents.map(eventRef),
    partial: t.partial,
    partialReasons: t.partialReasons,
    warnings: t.warnings,
    eventCount: t.events.length,
  };
}
