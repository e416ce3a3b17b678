import type { JsonObject, JsonValue } from '../asl/json-value';
import { errorEqualsMatches } from './error-matching';
import type { StateFailure } from './execution-errors';
import type { StateFrame, StateOutcome } from './runtime';
import { applyStateResultPath, assignAndOutputJsonata, assignJsonPath, evalContext } from './state-io';

/** The `{Error, Cause}` object a Catch hands on (null where AWS had no value). */
export function errorOutputOf(failure: StateFailure): JsonObject {
  return { Error: failure.error ?? null, Cause: failure.errorOutputCause ?? failure.cause ?? null };
}

function catchersOf(state: JsonObject): JsonObject[] {
  const list: JsonValue | undefined = state.Catch;
  if (!Array.isArray(list)) return [];
  return list.filter((c): c is JsonObject => typeof c === 'object' && c !== null && !Array.isArray(c));
}

/** The first catcher whose ErrorEquals matches, or undefined. */
export function findCatcher(state: JsonObject, error: string | undefined): JsonObject | undefined {
  return catchersOf(state).find((c) => errorEqualsMatches(c.ErrorEquals, error));
}

/** Builds the state's outcome when `catcher` handles `failure`: output, Next, and the catcher's Assign. */
export async function applyCatcher(
  frame: StateFrame,
  catcher: JsonObject,
  rawInput: JsonValue,
  failure: StateFailure,
): Promise<StateOutcome> {
  const errorOutput = errorOutputOf(failure);
  const next = String(catcher.Next);
  if (frame.queryLanguage === 'JSONata') {
    const { output, assigned } = await assignAndOutputJsonata(frame, catcher, rawInput, errorOutput, { errorOutput });
    return { output, next, end: false, assigned };
  }
  const ctx = evalContext(frame);
  const assigned = assignJsonPath(frame, catcher.Assign, errorOutput, ctx);
  const output = applyStateResultPath(frame, rawInput, errorOutput, catcher);
  return { output, next, end: false, assigned };
}
