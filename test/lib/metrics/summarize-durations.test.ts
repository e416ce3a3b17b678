import { describe, expect, it } from 'vitest';
import { summarizeDurations } from '@/lib/metrics/summarize-durations';

describe('summarizeDurations', () => {
  it('gives nearest-rank percentiles, the average and the maximum', () => {
    const values = Array.from({ length: 100 }, (_, i) => (100 - i) * 10);
    expect(summarizeDurations(values)).toEqual({ count: 100, p50Ms: 500, p90Ms: 900, p99Ms: 990, averageMs: 505, maximumMs: 1000 });
  });

  it('takes the one value of a single execution for every percentile', () => {
    expect(summarizeDurations([42])).toEqual({ count: 1, p50Ms: 42, p90Ms: 42, p99Ms: 42, averageMs: 42, maximumMs: 42 });
  });

  it('says nothing but the count for no values', () => {
    expect(summarizeDurations([])).toEqual({ count: 0 });
  });
});
