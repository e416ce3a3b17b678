import type { JsonObject, JsonValue } from '../asl/json-value';
import { errorEqualsMatches } from './error-matching';
import { StateFailure } from './execution-errors';
import type { StateFrame } from './runtime';
import { sleep } from './sleep';
import { asFailure } from './state-errors';

const DEFAULT_INTERVAL_SECONDS = 1;
const DEFAULT_MAX_ATTEMPTS = 3;
const DEFAULT_BACKOFF_RATE = 2;

function numberField(retrier: JsonObject, field: string, fallback: number): number {
  const value = retrier[field];
  return typeof value === 'number' ? value : fallback;
}

/**
 * Delay in seconds before retry number `retriesDone + 1` of one retrier: IntervalSeconds ×
 * BackoffRate^retriesDone, capped by MaxDelaySeconds, then a random share of it with JitterStrategy FULL.
 */
export function retryDelaySeconds(retrier: JsonObject, retriesDone: number, random: () => number = Math.random): number {
  const interval = numberField(retrier, 'IntervalSeconds', DEFAULT_INTERVAL_SECONDS);
  const backoff = numberField(retrier, 'BackoffRate', DEFAULT_BACKOFF_RATE);
  let delay = interval * Math.pow(backoff, retriesDone);
  const maxDelay = retrier.MaxDelaySeconds;
  if (typeof maxDelay === 'number') delay = Math.min(delay, maxDelay);
  if (retrier.JitterStrategy === 'FULL') delay = random() * delay;
  return delay;
}

/** Index of the retrier that handles `error` (the first whose ErrorEquals matches), or -1. */
export function matchingRetrier(retriers: JsonObject[], error: string | undefined): number {
  return retriers.findIndex((r) => errorEqualsMatches(r.ErrorEquals, error));
}

function retriersOf(state: JsonObject): JsonObject[] {
  const retry: JsonValue | undefined = state.Retry;
  if (!Array.isArray(retry)) return [];
  return retry.filter((r): r is JsonObject => typeof r === 'object' && r !== null && !Array.isArray(r));
}

/**
 * Runs `attempt` until it succeeds or no retrier allows another go. Each retrier keeps its own count;
 * once the matching retrier is exhausted the failure stands (AWS does not fall through to later
 * retriers). `onGiveUp` writes the state-level failure event (MapStateFailed, ...) before rethrowing.
 */
export async function runWithRetry<T>(
  frame: StateFrame,
  attempt: () => Promise<T>,
  onGiveUp?: (failure: StateFailure) => void,
): Promise<T> {
  const retriers = retriersOf(frame.state);
  const counts = retriers.map(() => 0);
  const { runtime, abort } = frame.branch;
  for (;;) {
    try {
      return await attempt();
    } catch (thrown) {
      const failure = asFailure(frame, thrown);
      if (!(failure instanceof StateFailure)) throw failure;
      const index = matchingRetrier(retriers, failure.error);
      const retrier = retriers[index];
      const count = counts[index] ?? 0;
      if (retrier && runtime.test) {
        // TestState runs one attempt: the hook answers RETRIABLE or lets the failure stand.
        runtime.test.retry(frame, failure, index, retrier);
        onGiveUp?.(failure);
        throw failure;
      }
      if (retrier && count < numberField(retrier, 'MaxAttempts', DEFAULT_MAX_ATTEMPTS)) {
        const delay = retryDelaySeconds(retrier, count);
        counts[index] = count + 1;
        frame.retryCount += 1;
        await sleep(delay * 1000 * runtime.options.timeScale, [runtime.halt, abort]);
        continue;
      }
      onGiveUp?.(failure);
      throw failure;
    }
  }
}
