import type { VisitGrouping, VisitNode } from './group-state-visits';
import { findCauseChain } from './find-cause-chain';
import { parseErrorCause } from './parse-error-cause';
import type { DerivedVisits } from './to-state-visits';
import type { ExecutionEvent, FailureAnalysis, RootCause, StateVisit } from './types';

/**
 * Failure events that only pass a child's failure upwards: the visit that failed the execution is
 * further down their previousEventId chain (a MapStateFailed points at the failing state inside the
 * iteration, docs/aws-behaviour.md#map-parallel-and-distributed-map-events).
 */
const PASS_THROUGH = new Set<string>([
  'MapStateFailed',
  'ParallelStateFailed',
  'MapIterationFailed',
  'MapIterationAborted',
  'MapStateAborted',
  'ParallelStateAborted',
]);

/** Finds the visit that failed the execution by walking back from the terminal event. */
export function findFailingNode(
  terminal: ExecutionEvent,
  eventById: (id: number) => ExecutionEvent | undefined,
  grouping: VisitGrouping,
): VisitNode | undefined {
  let e = eventById(terminal.previousEventId);
  for (let guard = 0; e && PASS_THROUGH.has(e.type) && guard < 10_000; guard++) {
    const prev = eventById(e.previousEventId);
    if (!prev || prev.id >= e.id) break;
    e = prev;
  }
  const found = e ? grouping.ownerOf(e.id) : undefined;
  if (found) return found;
  // The chain is broken (cut history): fall back to the last visit that never closed.
  return grouping.all.findLast((visit) => !visit.closed);
}

/** The failing visit and every Map or Parallel visit that contains it. */
export function containingChain(node: VisitNode | undefined): Set<VisitNode> {
  const chain = new Set<VisitNode>();
  for (let v = node; v; v = v.parent?.owner) chain.add(v);
  return chain;
}

/**
 * The failure path follows each visit's entered event back through previousEventId to the visit
 * before it (or the Map/Parallel state that started it), from the failing visit to the first state.
 */
export function buildFailureAnalysis(
  derived: DerivedVisits,
  grouping: VisitGrouping,
  eventById: (id: number) => ExecutionEvent | undefined,
  failingNode: VisitNode | undefined,
  terminal: ExecutionEvent | undefined,
): FailureAnalysis {
  const failurePath: StateVisit[] = [];
  for (let node = failingNode; node;) {
    const visit = derived.visitOf.get(node);
    if (visit) failurePath.unshift(visit);
    const prev = eventById(node.entered.previousEventId);
    const before = prev ? grouping.ownerOf(prev.id) : undefined;
    if (!before || before.entered.id >= node.entered.id) break;
    node = before;
  }

  let rootCause: RootCause | null = null;
  if (terminal && (terminal.type === 'ExecutionFailed' || terminal.type === 'ExecutionTimedOut')) {
    const failing = failingNode ? derived.visitOf.get(failingNode) : undefined;
    const error = failing?.error ?? terminal.details.error ?? (terminal.type === 'ExecutionTimedOut' ? 'States.Timeout' : null);
    const cause = failing?.error ? failing.cause : (terminal.details.cause ?? null);
    rootCause = {
      state: failing?.name ?? null,
      enteredEventId: failing?.enteredEventId ?? null,
      error,
      cause,
      ...parseErrorCause(cause),
    };
  }

  const caught = derived.all
    .filter((v) => v.status === 'caught')
    .map((v) => ({
      state: v.name,
      enteredEventId: v.enteredEventId,
      error: v.caughtBy?.error ?? v.error,
      cause: v.caughtBy?.cause ?? v.cause,
      next: v.caughtBy?.next ?? null,
    }));
  const failStates = derived.all
    .filter((v) => v.type === 'Fail')
    .map((v) => ({ name: v.name, enteredEventId: v.enteredEventId, error: v.error, cause: v.cause }));
  const causeChain = rootCause ? findCauseChain(failurePath) : null;
  return { failurePath, rootCause, caught, failStates, causeChain };
}
