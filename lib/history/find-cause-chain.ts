import { MAX_VISIT_NESTING } from './group-state-visits';
import { parseErrorCause } from './parse-error-cause';
import { parseJsonText, payloadValue } from './payload';
import type { CaughtCause, CauseChain, StateVisit } from './types';

/**
 * Top-level fields of a Fail state's input that hold a reason, in order of preference (matched without
 * regard to case). Workflows that route to a Fail state with a fixed Cause usually carry the real
 * reason in one of these (`{"message": "Enrollment cancelled: payment is PENDING."}`).
 */
export const REASON_FIELDS = ['message', 'reason', 'errorMessage', 'error', 'cause', 'detail', 'details', 'body'] as const;

const normalize = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A string field as text (a JSON string literal such as `"\"No spots\""` unwrapped), or an error object's message. */
function reasonText(value: unknown): string | undefined {
  if (typeof value === 'string') {
    const parsed = parseJsonText(value);
    const text = parsed.kind === 'json' && typeof parsed.value === 'string' ? parsed.value : value;
    return normalize(text) || undefined;
  }
  // A caught error kept in the state's data by ResultPath: {"Error": …, "Cause": …}.
  if (typeof value === 'object' && value !== null && 'Cause' in value && typeof value.Cause === 'string') {
    return reasonText(parseErrorCause(value.Cause).errorMessage ?? value.Cause);
  }
  return undefined;
}

/** The first reason field of the input whose text the Fail state's cause does not already contain. */
export function findInputReason(input: unknown, cause: string | null): { field: string; text: string } | null {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return null;
  const keys = Object.keys(input);
  const said = normalize(cause ?? '');
  for (const wanted of REASON_FIELDS) {
    const field = keys.find((key) => key.toLowerCase() === wanted.toLowerCase());
    if (field === undefined) continue;
    const text = reasonText((input as Record<string, unknown>)[field]);
    if (text !== undefined && !said.includes(text)) return { field, text };
  }
  return null;
}

/**
 * The child of a Map or Parallel visit, entered last, that failed with `error`. A Parallel's failing
 * branch state ends `aborted` (AWS writes TaskStateAborted after its TaskFailed), so that counts too.
 */
function lastFailedChild(visit: StateVisit, error: string | null): StateVisit | undefined {
  let found: StateVisit | undefined;
  for (const group of visit.children) {
    for (const child of group.visits) {
      const failed = child.status === 'failed' || child.status === 'timed_out' || child.status === 'aborted';
      if (failed && child.error === error && (!found || child.enteredEventId > found.enteredEventId)) found = child;
    }
  }
  return found;
}

/** A caught visit's error, traced into its Map iterations or Parallel branches to the state that raised it. */
export function toCaughtCause(caughtVisit: StateVisit): CaughtCause {
  const error = caughtVisit.caughtBy?.error ?? caughtVisit.error;
  const cause = caughtVisit.caughtBy?.cause ?? caughtVisit.cause;
  let raising = caughtVisit;
  for (let depth = 0; depth < MAX_VISIT_NESTING; depth++) {
    const inner = lastFailedChild(raising, error);
    if (!inner) break;
    raising = inner;
  }
  const { errorMessage, errorType } = parseErrorCause(cause);
  return {
    state: raising.name,
    enteredEventId: raising.enteredEventId,
    caughtIn: raising === caughtVisit ? null : caughtVisit.name,
    error,
    cause,
    ...(errorMessage !== undefined && { errorMessage }),
    ...(errorType !== undefined && { errorType }),
  };
}

/**
 * When the execution failed in a Fail state (the last visit of the failure path), what led there:
 * the nearest caught error before it on the failure path, else a reason in the Fail state's input.
 */
export function findCauseChain(failurePath: readonly StateVisit[]): CauseChain | null {
  const failState = failurePath.at(-1);
  if (failState?.type !== 'Fail') return null;
  const caughtVisit = failurePath.findLast((visit) => visit !== failState && visit.status === 'caught');
  const caught = caughtVisit ? toCaughtCause(caughtVisit) : null;
  return {
    failState: failState.name,
    failStateEnteredEventId: failState.enteredEventId,
    caught,
    inputReason: caught ? null : findInputReason(payloadValue(failState.input), failState.cause),
  };
}
