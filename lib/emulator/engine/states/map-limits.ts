import type { JsonValue } from '../../asl/json-value';
import { evaluateJsonataTemplate } from '../../asl/jsonata-template';
import { readPath } from '../../asl/json-path';
import type { StateFrame } from '../runtime';
import { runtimeFailure } from '../state-errors';
import { evalContext, jsonataBindings } from '../state-io';

export interface MapTolerance {
  /** True when ToleratedFailureCount/Percentage is set (exceeding it is then its own error). */
  set: boolean;
  /** As given (DescribeMapRun shows 0 for an absent one). */
  count?: number;
  percentage?: number;
  tolerates(failed: number, total: number): boolean;
}

export type NumberKind = 'integer' | 'float';

function asNumber(value: JsonValue, kind: NumberKind): number | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  if (!Number.isFinite(n)) return undefined;
  return kind === 'integer' && !Number.isInteger(n) ? undefined : n;
}

function quotedText(value: JsonValue): string {
  return `"${typeof value === 'string' ? value : JSON.stringify(value)}"`;
}

/** A Map number field: literal, `<field>Path` (JSONPath) or a JSONata expression; undefined if absent. */
export async function readNumber(frame: StateFrame, input: JsonValue, field: string, kind: NumberKind): Promise<number | undefined> {
  const { state } = frame;
  const pathField = `${field}Path`;
  let value: JsonValue;
  let where: string;
  if (frame.queryLanguage === 'JSONata' && typeof state[field] === 'string') {
    value = await evaluateJsonataTemplate(state[field], jsonataBindings(frame, input), field);
    where = field;
  } else if (typeof state[field] === 'number') {
    return state[field] as number;
  } else if (typeof state[pathField] === 'string') {
    const path = state[pathField] as string;
    value = readPath(path, input, evalContext(frame), pathField);
    where = `${pathField} field refers to value ${quotedText(value)} which is not a valid ${kind}: ${path}`;
  } else {
    return undefined;
  }
  const n = asNumber(value, kind);
  if (n === undefined) {
    const cause = where === field ? `The ${field} field refers to value ${quotedText(value)} which is not a valid ${kind}` : `The ${where}`;
    throw runtimeFailure(frame, 'States.Runtime', cause);
  }
  return n;
}

/** MaxConcurrency (0 = unbounded), read before MapStateStarted as AWS does. */
export async function readMaxConcurrency(frame: StateFrame, input: JsonValue): Promise<number> {
  return (await readNumber(frame, input, 'MaxConcurrency', 'integer')) ?? 0;
}

/** ToleratedFailureCount/Percentage, read and checked after MapStateStarted (recorded on AWS). */
export async function readTolerance(frame: StateFrame, input: JsonValue): Promise<MapTolerance> {
  const count = await readNumber(frame, input, 'ToleratedFailureCount', 'integer');
  if (count !== undefined && count < 0) throw runtimeFailure(frame, 'States.Runtime', 'ToleratedFailureCount cannot be negative.');
  const percentage = await readNumber(frame, input, 'ToleratedFailurePercentage', 'float');
  if (percentage !== undefined && (percentage < 0 || percentage > 100)) {
    throw runtimeFailure(frame, 'States.Runtime', 'ToleratedFailurePercentage must be between 0 and 100.');
  }
  const set = count !== undefined || percentage !== undefined;
  return {
    set,
    count,
    percentage,
    tolerates(failed, total) {
      if (!set) return false;
      if (count !== undefined && failed <= count) return true;
      return percentage !== undefined && total > 0 && (failed / total) * 100 <= percentage;
    },
  };
}
