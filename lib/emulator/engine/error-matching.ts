import type { JsonValue } from '../asl/json-value';

/**
 * Whether a Retry/Catch ErrorEquals list matches `error`. An empty list matches like States.ALL (recorded
 * on AWS: `"ErrorEquals": []` caught a custom Lambda exception). States.ALL matches everything except
 * States.Runtime (AWS: "A retry or catch on States.ALL won't catch States.Runtime errors");
 * States.TaskFailed matches everything except States.Timeout and States.Runtime.
 */
export function errorEqualsMatches(errorEquals: JsonValue | undefined, error: string | undefined): boolean {
  if (!Array.isArray(errorEquals)) return false;
  const name = error ?? '';
  if (errorEquals.length === 0) return name !== 'States.Runtime';
  return errorEquals.some((candidate) => {
    if (candidate === name) return true;
    if (candidate === 'States.ALL') return name !== 'States.Runtime';
    if (candidate === 'States.TaskFailed') return name !== 'States.Timeout' && name !== 'States.Runtime';
    return false;
  });
}
