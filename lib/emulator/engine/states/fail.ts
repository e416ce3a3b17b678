import { evaluateJsonataTemplate } from '../../asl/jsonata-template';
import type { JsonValue } from '../../asl/json-value';
import { readPath } from '../../asl/json-path';
import { evaluateIntrinsic, isIntrinsicCall } from '../../asl/intrinsics';
import { StateFailure } from '../execution-errors';
import type { StateFrame, StateOutcome } from '../runtime';
import { evalContext, jsonataBindings } from '../state-io';

function asText(value: JsonValue): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Fail: ends the branch with Error/Cause (literal, *Path, or JSONata). Writes no *StateExited. */
export async function runFail(frame: StateFrame, input: JsonValue): Promise<StateOutcome> {
  const { state } = frame;
  let error: string | undefined;
  let cause: string | undefined;
  if (frame.queryLanguage === 'JSONata') {
    const bindings = jsonataBindings(frame, input);
    if (state.Error !== undefined) error = asText(await evaluateJsonataTemplate(state.Error, bindings, 'Error'));
    if (state.Cause !== undefined) cause = asText(await evaluateJsonataTemplate(state.Cause, bindings, 'Cause'));
  } else {
    const ctx = evalContext(frame);
    const read = (path: JsonValue, field: string): string => {
      const text = String(path);
      return asText(isIntrinsicCall(text) ? evaluateIntrinsic(text, input, ctx, field) : readPath(text, input, ctx, field));
    };
    if (typeof state.Error === 'string') error = state.Error;
    else if (state.ErrorPath !== undefined) error = read(state.ErrorPath, 'ErrorPath');
    if (typeof state.Cause === 'string') cause = state.Cause;
    else if (state.CausePath !== undefined) cause = read(state.CausePath, 'CausePath');
  }
  throw new StateFailure(error, cause);
}
