import type { JsonValue } from '../asl/json-value';
import { evaluateJsonataTemplate } from '../asl/jsonata-template';
import { readPath } from '../asl/json-path';
import type { TaskTimeouts } from './invoke-with-timeout';
import type { StateFrame } from './runtime';
import { runtimeFailure } from './state-errors';
import { evalContext, jsonataBindings } from './state-io';

async function readSeconds(frame: StateFrame, input: JsonValue, field: string): Promise<number | undefined> {
  const { state } = frame;
  let value: JsonValue | undefined;
  if (frame.queryLanguage === 'JSONata' && state[field] !== undefined) {
    value = await evaluateJsonataTemplate(state[field], jsonataBindings(frame, input), field);
  } else if (typeof state[field] === 'number') {
    value = state[field];
  } else if (typeof state[`${field}Path`] === 'string') {
    value = readPath(state[`${field}Path`] as string, input, evalContext(frame), `${field}Path`);
  } else {
    return undefined;
  }
  if (typeof value !== 'number' || !Number.isInteger(value) || value <= 0) {
    throw runtimeFailure(frame, 'States.Runtime', `The ${field} value must be a positive integer, but was: ${JSON.stringify(value)}`);
  }
  return value;
}

/** TimeoutSeconds / HeartbeatSeconds (literal, *Path or JSONata) of a Task state. */
export async function readTaskTimeouts(frame: StateFrame, input: JsonValue): Promise<TaskTimeouts> {
  return {
    timeoutSeconds: await readSeconds(frame, input, 'TimeoutSeconds'),
    heartbeatSeconds: await readSeconds(frame, input, 'HeartbeatSeconds'),
  };
}
