import { evaluateJsonataTemplate } from '../../asl/jsonata-template';
import type { JsonValue } from '../../asl/json-value';
import { readPath } from '../../asl/json-path';
import { StatesError } from '../../asl/states-error';
import type { StateFrame, StateOutcome } from '../runtime';
import { sleep } from '../sleep';
import { failureFromStatesError, runtimeFailure } from '../state-errors';
import { applyInputPath, applyOutputPath, assignAndOutputJsonata, assignJsonPath, evalContext, jsonataBindings } from '../state-io';
import { parseTimestamp } from '../../asl/timestamp';
import { transitionOf } from '../transition';

/** Epoch milliseconds of an ISO-8601 extended offset date-time, or undefined. */
function parseWaitTimestamp(text: string): number | undefined {
  const nanos = parseTimestamp(text);
  return nanos === null ? undefined : Number(nanos / 1_000_000n);
}

function valueText(value: JsonValue): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Milliseconds to wait, from the JSONPath fields (Seconds, Timestamp, SecondsPath, TimestampPath). */
function jsonPathWaitMs(frame: StateFrame, effective: JsonValue): number {
  const { state } = frame;
  const ctx = evalContext(frame);
  if (typeof state.Seconds === 'number') return state.Seconds * 1000;
  if (typeof state.Timestamp === 'string') return timestampDelay(frame, state.Timestamp, 'Timestamp');
  if (typeof state.SecondsPath === 'string') {
    const path = state.SecondsPath;
    const value = readPath(path, effective, ctx, 'SecondsPath');
    if (typeof value !== 'number' || !Number.isInteger(value)) {
      throw runtimeFailure(
        frame,
        'States.Runtime',
        `The SecondsPath parameter cannot be parsed as a long value: ${path} == ${valueText(value)}`,
      );
    }
    if (value < 0) {
      throw runtimeFailure(frame, 'States.Runtime', `The SecondsPath parameter references a negative value: ${path} == ${value}`);
    }
    return value * 1000;
  }
  if (typeof state.TimestampPath === 'string') {
    const path = state.TimestampPath;
    const value = readPath(path, effective, ctx, 'TimestampPath');
    const at = typeof value === 'string' ? parseWaitTimestamp(value) : undefined;
    if (at === undefined) {
      throw runtimeFailure(
        frame,
        'States.Runtime',
        `The TimestampPath parameter does not reference a valid ISO-8601 extended offset date-time format string: ${path} == ${valueText(value)}`,
      );
    }
    return at - Date.now();
  }
  return 0;
}

function timestampDelay(frame: StateFrame, text: string, field: string): number {
  const at = parseWaitTimestamp(text);
  if (at === undefined) {
    throw new StatesError(
      'States.QueryEvaluationError',
      `The ${field} field cannot be parsed as an ISO-8601 extended offset date-time format string: ${text}`,
      field,
    );
  }
  return at - Date.now();
}

/** Milliseconds to wait in a JSONata state: Seconds or Timestamp, literal or `{% %}`. */
async function jsonataWaitMs(frame: StateFrame, input: JsonValue): Promise<number> {
  const { state } = frame;
  const bindings = jsonataBindings(frame, input);
  if (state.Seconds !== undefined) {
    const seconds = await evaluateJsonataTemplate(state.Seconds, bindings, 'Seconds');
    if (typeof seconds !== 'number' || !Number.isInteger(seconds) || seconds < 0) {
      throw new StatesError(
        'States.QueryEvaluationError',
        `The Seconds field must be a non-negative integer, but was: ${valueText(seconds)}`,
        'Seconds',
      );
    }
    return seconds * 1000;
  }
  if (state.Timestamp !== undefined) {
    const value = await evaluateJsonataTemplate(state.Timestamp, bindings, 'Timestamp');
    return timestampDelay(frame, valueText(value), 'Timestamp');
  }
  return 0;
}

/** Wait: sleeps (scaled by timeScale), then passes its input on. */
export async function runWait(frame: StateFrame, input: JsonValue): Promise<StateOutcome> {
  const { state } = frame;
  const { runtime, abort } = frame.branch;
  if (frame.queryLanguage === 'JSONata') {
    let ms: number;
    try {
      ms = await jsonataWaitMs(frame, input);
    } catch (err) {
      // Wait evaluates its time while running, so AWS points EvaluationFailed at WaitStateEntered.
      if (err instanceof StatesError) throw failureFromStatesError(frame, err, frame.enteredEventId);
      throw err;
    }
    await sleep(ms * runtime.options.timeScale, [runtime.halt, abort]);
    const { output, assigned } = await assignAndOutputJsonata(frame, state, input, input);
    return { output, assigned, ...transitionOf(state) };
  }
  const ctx = evalContext(frame);
  const effective = applyInputPath(frame, input, ctx);
  const ms = jsonPathWaitMs(frame, effective);
  await sleep(ms * runtime.options.timeScale, [runtime.halt, abort]);
  const assigned = assignJsonPath(frame, state.Assign, effective, ctx);
  const output = applyOutputPath(frame, effective, ctx);
  return { output, assigned, ...transitionOf(state) };
}
