import { isStackOverflow } from '../asl/json-depth';
import { StatesError } from '../asl/states-error';
import { StateFailure } from './execution-errors';
import type { StateFrame } from './runtime';

/** The prefix AWS puts before runtime-error causes. */
export function statePrefix(frame: StateFrame): string {
  return `An error occurred while executing the state '${frame.name}' (entered at the event id #${frame.enteredEventId}). `;
}

/** A States.Runtime-style failure raised by the engine itself, worded with AWS's state prefix. */
export function runtimeFailure(frame: StateFrame, error: string, causeText: string): StateFailure {
  return new StateFailure(error, statePrefix(frame) + causeText);
}

/**
 * Turns an asl StatesError into a StateFailure with the state prefix. JSONata evaluation errors also
 * get an EvaluationFailed event; AWS points it at the event before the state was entered, except for
 * fields evaluated while the state runs (Wait's Seconds/Timestamp), which point at the entered event.
 */
export function failureFromStatesError(frame: StateFrame, err: StatesError, evaluationPrev?: number): StateFailure {
  const cause = statePrefix(frame) + err.causeText;
  if (err.error === 'States.QueryEvaluationError') {
    const thread = frame.branch.thread;
    const details: Record<string, unknown> = { error: err.error, cause };
    if (err.location) details.location = err.location;
    details.state = frame.name;
    thread.last = frame.branch.runtime.writer.emit('EvaluationFailed', evaluationPrev ?? frame.enteredPreviousEventId, details);
  }
  return new StateFailure(err.error, cause);
}

/** Cause of the failure a state gets when its data is too deeply nested for a library that recurses over it. */
export const NESTED_TOO_DEEPLY_CAUSE = 'The data is nested too deeply for the emulator to process.';

/**
 * Normalises anything a handler threw: StatesError -> StateFailure; a stack overflow (data nested too
 * deeply for a recursive library) -> States.Runtime failure of the state; everything else passes through.
 */
export function asFailure(frame: StateFrame, err: unknown): unknown {
  if (err instanceof StatesError) return failureFromStatesError(frame, err);
  if (isStackOverflow(err)) return runtimeFailure(frame, 'States.Runtime', NESTED_TOO_DEEPLY_CAUSE);
  return err;
}
