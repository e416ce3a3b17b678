import type { MetricsWindow } from './types';

const MINUTE_S = 60;
const HOUR_S = 3600;
const DAY_S = 86_400;

/** Bucket lengths a chart reads well, in seconds; each a multiple of the finer periods it may need. */
const NICE_BUCKET_SECONDS = [
  MINUTE_S,
  2 * MINUTE_S,
  5 * MINUTE_S,
  10 * MINUTE_S,
  15 * MINUTE_S,
  30 * MINUTE_S,
  HOUR_S,
  2 * HOUR_S,
  3 * HOUR_S,
  6 * HOUR_S,
  12 * HOUR_S,
  DAY_S,
  2 * DAY_S,
  7 * DAY_S,
  14 * DAY_S,
  30 * DAY_S,
];

export const OVERVIEW_BUCKETS = 30;
export const SERIES_BUCKETS = 60;

/**
 * The finest period CloudWatch still has for data as old as `start` is at `now`: 60 s for the last
 * 15 days, 300 s up to 63 days, 3,600 s beyond
 * (https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_GetMetricData.html).
 */
export function finestPeriodSeconds(start: Date, now: Date): number {
  const ageDays = (now.getTime() - start.getTime()) / (DAY_S * 1000);
  if (ageDays <= 15) return MINUTE_S;
  if (ageDays <= 63) return 5 * MINUTE_S;
  return HOUR_S;
}

export interface BucketPlan {
  /** The window's start rounded down to the finest period, as CloudWatch rounds StartTime. */
  start: Date;
  /** The window's end rounded down alike (at least one period after the start). */
  end: Date;
  bucketMs: number;
  /** The GetMetricData period of the counts: one datapoint per bucket. */
  periodSeconds: number;
  /** One period over the whole window, for percentiles that cannot be summed from buckets. */
  windowPeriodSeconds: number;
  buckets: { start: Date; end: Date }[];
}

/**
 * Splits a window into at most `maxBuckets` buckets of a readable length that CloudWatch can serve as
 * one period each; both ends are rounded down to the finest period, so a preset's buckets are whole.
 * Every source counts over the plan's [start, end), so their numbers compare.
 */
export function planBuckets(window: MetricsWindow, now: Date, maxBuckets: number = OVERVIEW_BUCKETS): BucketPlan {
  if (!Number.isInteger(maxBuckets) || maxBuckets < 1)
    throw new RangeError(`planBuckets: maxBuckets must be a positive integer, got ${maxBuckets}`);
  const finest = finestPeriodSeconds(window.start, now);
  const finestMs = finest * 1000;
  const startMs = Math.floor(window.start.getTime() / finestMs) * finestMs;
  if (!(window.end.getTime() > window.start.getTime())) throw new RangeError('planBuckets: the window must end after it starts');
  // The period under way is left out: CloudWatch has not finished it, and a preset keeps whole buckets.
  const endMs = Math.max(startMs + finestMs, Math.floor(window.end.getTime() / finestMs) * finestMs);
  const spanS = (endMs - startMs) / 1000;
  const candidates = NICE_BUCKET_SECONDS.filter((seconds) => seconds % finest === 0);
  const periodSeconds =
    candidates.find((seconds) => Math.ceil(spanS / seconds) <= maxBuckets) ?? Math.ceil(spanS / maxBuckets / finest) * finest;
  const bucketMs = periodSeconds * 1000;
  const count = Math.ceil((endMs - startMs) / bucketMs);
  const buckets = Array.from({ length: count }, (_, index) => ({
    start: new Date(startMs + index * bucketMs),
    end: new Date(Math.min(endMs, startMs + (index + 1) * bucketMs)),
  }));
  return {
    start: new Date(startMs),
    end: new Date(endMs),
    bucketMs,
    periodSeconds,
    windowPeriodSeconds: Math.ceil(spanS / finest) * finest,
    buckets,
  };
}
