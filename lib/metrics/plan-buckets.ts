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
  /** A preset's start: its end less its length; a custom window's: rounded down to the finest period, as CloudWatch rounds StartTime. */
  start: Date;
  /** The window's end rounded up to the finest period (at least one period after the start), so the period under way counts. */
  end: Date;
  bucketMs: number;
  /** The `now` it was planned at: a source complete until then is complete for the plan, whose end may be a little later. */
  asOf: Date;
  /** The GetMetricData period of the counts: one datapoint per bucket. */
  periodSeconds: number;
  /** One period over the whole window, for percentiles that cannot be summed from buckets. */
  windowPeriodSeconds: number;
  buckets: { start: Date; end: Date }[];
}

/**
 * Splits a window into at most `maxBuckets` buckets of a readable length that CloudWatch can serve as
 * one period each. The end is rounded up to the finest period, so an execution that failed a moment
 * ago is counted (CloudWatch answers the period under way with what it has so far); a preset keeps
 * its length, so its buckets are whole. Every source counts over the plan's [start, end), so their
 * numbers compare.
 */
export function planBuckets(window: MetricsWindow, now: Date, maxBuckets: number = OVERVIEW_BUCKETS): BucketPlan {
  if (!Number.isInteger(maxBuckets) || maxBuckets < 1)
    throw new RangeError(`planBuckets: maxBuckets must be a positive integer, got ${maxBuckets}`);
  const finest = finestPeriodSeconds(window.start, now);
  const finestMs = finest * 1000;
  if (!(window.end.getTime() > window.start.getTime())) throw new RangeError('planBuckets: the window must end after it starts');
  const roundedEndMs = Math.ceil(window.end.getTime() / finestMs) * finestMs;
  // A preset's length is a whole number of periods: moving its start with its end keeps it that long.
  const startMs =
    window.preset !== undefined
      ? roundedEndMs - (window.end.getTime() - window.start.getTime())
      : Math.floor(window.start.getTime() / finestMs) * finestMs;
  const endMs = Math.max(startMs + finestMs, roundedEndMs);
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
    asOf: new Date(now.getTime()),
    periodSeconds,
    windowPeriodSeconds: Math.ceil(spanS / finest) * finest,
    buckets,
  };
}
