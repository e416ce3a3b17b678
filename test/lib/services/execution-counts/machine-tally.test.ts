import { describe, expect, it } from 'vitest';
import { toDurationStats } from '@/lib/services/execution-counts/machine-tally';

describe('toDurationStats', () => {
  it('keeps the statistics and drops the count', () => {
    expect(toDurationStats({ count: 2, p50Ms: 10, maximumMs: 20 })).toEqual({ p50Ms: 10, maximumMs: 20 });
  });

  it('has none when nothing closed', () => {
    expect(toDurationStats({ count: 0 })).toBeUndefined();
    expect(toDurationStats({})).toBeUndefined();
  });
});
