import type { ExecutionTimeline, StateVisit } from '@/lib/history/types';
import type { FailureView } from './types';

/** The visit entered at `id`, searched through Map iterations and Parallel branches. */
function findVisit(visits: readonly StateVisit[], id: number): StateVisit | undefined {
  const stack = [...visits];
  for (let visit = stack.pop(); visit; visit = stack.pop()) {
    if (visit.enteredEventId === id) return visit;
    for (const group of visit.children) stack.push(...group.visits);
  }
  return undefined;
}

/**
 * The failure the banner shows: the failing state, its error and cause, the path there and, when a
 * Fail state ended the execution, what led to it (the caught error, or its input's reason) with the
 * input of the state behind it, so the whole root cause is in one place.
 */
export function toFailureView(timeline: ExecutionTimeline): FailureView | null {
  const root = timeline.failure.rootCause;
  if (!root) return null;
  const view: FailureView = {
    state: root.state,
    visitId: root.enteredEventId,
    error: root.error,
    cause: root.cause,
    ...(root.errorMessage !== undefined && { errorMessage: root.errorMessage }),
    ...(root.errorType !== undefined && { errorType: root.errorType }),
    ...(root.stackTrace !== undefined && { stackTrace: root.stackTrace }),
    path: timeline.failure.failurePath.map((visit) => ({ name: visit.name, visitId: visit.enteredEventId, status: visit.status })),
  };
  const chain = timeline.failure.causeChain;
  const caught = chain?.caught;
  if (caught) {
    view.causedBy = {
      state: caught.state,
      visitId: caught.enteredEventId,
      caughtIn: caught.caughtIn,
      error: caught.error,
      cause: caught.cause,
      ...(caught.errorMessage !== undefined && { errorMessage: caught.errorMessage }),
      ...(caught.errorType !== undefined && { errorType: caught.errorType }),
    };
  }
  if (chain?.inputReason) view.inputReason = chain.inputReason;
  const behindId = caught?.enteredEventId ?? root.enteredEventId;
  const behind = behindId === null ? undefined : findVisit(timeline.visits, behindId);
  if (behind?.input) {
    view.causeInput = { state: behind.name, visitId: behind.enteredEventId, text: behind.input.text };
    if (behind.input.truncated) view.causeInput.truncated = true;
  }
  return view;
}
