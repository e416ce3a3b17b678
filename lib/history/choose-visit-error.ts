import { parsePayload } from './payload';
import type { ExecutionEvent, Payload, StateVisit, VisitGroup, VisitStatus } from './types';

/** Where a visit's error and cause can come from, as toStateVisits has them. */
export interface VisitErrorSources {
  /** The last failure no retry followed (a Fail state's own FailStateEntered counts), or undefined. */
  failure: Pick<ExecutionEvent, 'phase' | 'details'> | undefined;
  status: VisitStatus;
  /** The visit's Map iterations or Parallel branches, already derived. */
  children: readonly VisitGroup[];
  /** The visit's output (from its exit event), where a Catch writes the error it caught. */
  output: Payload | undefined;
  /**
   * The execution-ending event, only when this visit is the one that failed the execution
   * (a Fail state, or a state whose failure event says nothing); otherwise undefined.
   */
  executionEnd: Pick<ExecutionEvent, 'details'> | undefined;
}

export interface VisitError {
  error: string | null;
  cause: string | null;
}

/**
 * A visit's error and cause. Why a fallback chain: AWS does not always put them on the visit's own
 * failure event (a timeout may have no error, a Map or Parallel failure repeats nothing of the child
 * that failed it, a Fail state's entered event has none), so each later source is asked only while
 * the error is still unknown:
 * 1. the failure event's own error and cause;
 * 2. a timeout with no error is `States.Timeout` (the cause stays the event's);
 * 3. a failed Map or Parallel state takes the error and cause of the latest failed child visit;
 * 4. a caught visit reads the `{"Error", "Cause"}` object the Catch wrote into its output;
 * 5. the visit that failed the execution takes the execution's error and cause.
 */
export function chooseVisitError({ failure, status, children, output, executionEnd }: VisitErrorSources): VisitError {
  let error: string | null = failure?.details.error ?? null;
  let cause: string | null = failure?.details.cause ?? null;
  if (error === null && failure?.phase === 'timed-out') error = 'States.Timeout';
  if (error === null && failure) {
    const failedChild = lastFailedChild(children);
    if (failedChild) {
      error = failedChild.error;
      cause = failedChild.cause;
    }
  }
  if (error === null && status === 'caught') {
    const fromOutput = errorFromOutput(output);
    if (fromOutput) {
      error = fromOutput.error;
      cause = fromOutput.cause;
    }
  }
  if (error === null && executionEnd) {
    error = executionEnd.details.error ?? null;
    cause = executionEnd.details.cause ?? null;
  }
  return { error, cause };
}

/** Of a Map or Parallel state's child visits that failed with an error, the one entered last. */
function lastFailedChild(groups: readonly VisitGroup[]): StateVisit | undefined {
  let found: StateVisit | undefined;
  let foundId = -1;
  for (const g of groups) {
    for (const v of g.visits) {
      if ((v.status === 'failed' || v.status === 'timed_out') && v.error !== null && v.enteredEventId > foundId) {
        found = v;
        foundId = v.enteredEventId;
      }
    }
  }
  return found;
}

/** An error object as a Catch writes it into the state output (`{"Error": …, "Cause": …}`). */
function errorFromOutput(visitOutput: Payload | undefined): { error: string; cause: string | null } | undefined {
  if (!visitOutput) return undefined;
  const parsed = parsePayload(visitOutput);
  if (parsed.kind !== 'json' || typeof parsed.value !== 'object' || parsed.value === null) return undefined;
  const value = parsed.value as Record<string, unknown>;
  if (typeof value.Error !== 'string') return undefined;
  return { error: value.Error, cause: typeof value.Cause === 'string' ? value.Cause : null };
}
