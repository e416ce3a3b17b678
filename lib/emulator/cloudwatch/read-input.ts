import { CloudWatchError, invalidParameter, missingParameter } from './cloudwatch-error';

/** A decoded request: the JSON object of AWS JSON 1.0, or the Query form turned into the same shape. */
export type CloudWatchInput = Record<string, unknown>;

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function readString(input: CloudWatchInput, field: string, path: string, required: boolean): string | undefined {
  const value = input[field];
  if (value === undefined || value === null) {
    if (required) throw missingParameter(path);
    return undefined;
  }
  if (typeof value !== 'string') throw invalidParameter(path, 'must be a string.');
  return value;
}

export function readRequiredString(input: CloudWatchInput, field: string, path: string): string {
  const value = readString(input, field, path, true);
  if (value === undefined) throw missingParameter(path);
  return value;
}

export function readRequiredObject(input: CloudWatchInput, field: string, path: string): CloudWatchInput {
  const value = readObject(input, field, path, true);
  if (value === undefined) throw missingParameter(path);
  return value;
}

/** Integers arrive as numbers (JSON) or digits (Query). */
export function readInteger(input: CloudWatchInput, field: string, path: string): number | undefined {
  const value = input[field];
  if (value === undefined || value === null) return undefined;
  const number = typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isInteger(number)) throw invalidParameter(path, 'must be an integer.');
  return number;
}

export function readBoolean(input: CloudWatchInput, field: string, path: string): boolean | undefined {
  const value = input[field];
  if (value === undefined || value === null) return undefined;
  if (value === true || value === 'true') return true;
  if (value === false || value === 'false') return false;
  throw invalidParameter(path, 'must be true or false.');
}

/** Timestamps arrive as epoch seconds (JSON) or ISO 8601 text (Query, and what people type). */
export function readTimestamp(input: CloudWatchInput, field: string, path: string): number {
  const value = input[field];
  if (value === undefined || value === null) throw missingParameter(path);
  const ms =
    typeof value === 'number'
      ? value * 1000
      : typeof value === 'string'
        ? /^\d+(\.\d+)?$/.test(value)
          ? Number(value) * 1000
          : Date.parse(value)
        : NaN;
  if (!Number.isFinite(ms)) throw invalidParameter(path, `must be a timestamp (ISO 8601 or epoch seconds), got ${JSON.stringify(value)}.`);
  return ms;
}

export function readList(input: CloudWatchInput, field: string, path: string): unknown[] | undefined {
  const value = input[field];
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) throw invalidParameter(path, 'must be a list.');
  return value;
}

export function readObject(input: CloudWatchInput, field: string, path: string, required: boolean): CloudWatchInput | undefined {
  const value = input[field];
  if (value === undefined || value === null) {
    if (required) throw missingParameter(path);
    return undefined;
  }
  if (!isRecord(value)) throw invalidParameter(path, 'must be a structure.');
  return value;
}

export function lengthError(path: string, value: number, max: number): CloudWatchError {
  return new CloudWatchError(
    'ValidationError',
    `1 validation error detected: Value with length ${value} at '${path}' failed to satisfy constraint: Member must have length less than or equal to ${max}`,
  );
}
