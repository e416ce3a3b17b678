import { describe, expect, it } from 'vitest';
import { formatBucketRange, formatTick, niceMax, tickIndexes } from '@/components/metrics/chart-geometry';

describe('chart geometry', () => {
  it('rounds an axis top up to 1, 2 or 5 times a power of ten', () => {
    expect([0, 1, 3, 7, 10, 11, 180, 501].map(niceMax)).toEqual([1, 1, 5, 10, 10, 20, 200, 1000]);
  });

  it('names a bucket [start, end) in UTC, on one day or across two', () => {
    expect(formatBucketRange(new Date('2026-12-04T08:00Z'), new Date('2026-12-04T09:00Z'))).toBe('4 Dec 08:00–09:00 UTC');
    expect(formatBucketRange(new Date('2026-12-04T23:00Z'), new Date('2026-12-05T00:00Z'))).toBe('4 Dec 23:00–00:00 UTC');
    expect(formatBucketRange(new Date('2026-12-04T00:00Z'), new Date('2026-12-06T00:00Z'))).toBe('4 Dec 00:00 – 6 Dec 00:00 UTC');
  });

  it('ticks with times under a day and dates otherwise, about six of them', () => {
    expect(formatTick(new Date('2026-12-04T08:00Z'), 3_600_000)).toBe('08:00');
    expect(formatTick(new Date('2026-12-04T00:00Z'), 3_600_000)).toBe('4 Dec');
    expect(formatTick(new Date('2026-12-04T00:00Z'), 86_400_000)).toBe('4 Dec');
    expect(tickIndexes(24)).toEqual([0, 4, 8, 12, 16, 20]);
    expect(tickIndexes(3)).toEqual([0, 1, 2]);
    expect(tickIndexes(0)).toEqual([]);
  });
});
