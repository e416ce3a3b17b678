import { describe, expect, it } from 'vitest';
import { finestPeriodSeconds, planBuckets, SERIES_BUCKETS } from '@/lib/metrics/plan-buckets';
import { resolveWindow } from '@/lib/metrics/resolve-window';

const NOW = new Date('2026-12-04T12:34:56Z');
const DAY_MS = 86_400_000;
const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY_MS);

describe('finestPeriodSeconds', () => {
  it('follows CloudWatch retention: 60 s for 15 days, 300 s to 63 days, an hour beyond', () => {
    expect([1, 15, 15.001, 63, 63.001, 455].map((days) => finestPeriodSeconds(daysAgo(days), NOW))).toEqual([60, 60, 300, 300, 3600, 3600]);
  });
});

describe('planBuckets', () => {
  it.each([
    ['1h', 120, 30],
    ['24h', 3600, 24],
    ['7d', 21_600, 28],
    ['30d', 86_400, 30],
  ] as const)('splits the last %s into whole buckets of %i s (%i buckets)', (preset, periodSeconds, count) => {
    const plan = planBuckets(resolveWindow({ preset }, NOW), NOW);
    expect(plan.periodSeconds).toBe(periodSeconds);
    expect(plan.buckets).toHaveLength(count);
  });

  it('rounds a preset’s end up to the finest period CloudWatch has at the start’s age, so the period under way counts, and keeps its length', () => {
    const day = planBuckets(resolveWindow({ preset: '24h' }, NOW), NOW);
    expect([day.start, day.end]).toEqual([new Date('2026-12-03T12:35:00Z'), new Date('2026-12-04T12:35:00Z')]);
    expect(day.buckets[0]).toEqual({ start: new Date('2026-12-03T12:35:00Z'), end: new Date('2026-12-03T13:35:00Z') });
    expect(day.buckets.at(-1)).toEqual({ start: new Date('2026-12-04T11:35:00Z'), end: new Date('2026-12-04T12:35:00Z') });
    expect(day.windowPeriodSeconds).toBe(86_400);
    // 30 days back: only 5-minute data remains for the start.
    const month = planBuckets(resolveWindow({ preset: '30d' }, NOW), NOW);
    expect([month.start, month.end]).toEqual([new Date('2026-11-04T12:35:00Z'), new Date('2026-12-04T12:35:00Z')]);
  });

  it('counts an execution that started a moment ago: `now` is inside the last bucket of every preset', () => {
    for (const preset of ['1h', '24h', '7d', '30d'] as const) {
      const plan = planBuckets(resolveWindow({ preset }, NOW), NOW);
      const last = plan.buckets.at(-1)!;
      expect(last.start.getTime()).toBeLessThanOrEqual(NOW.getTime());
      expect(last.end.getTime()).toBeGreaterThan(NOW.getTime());
    }
  });

  it('ends a custom window’s last bucket at its end when the buckets do not divide it', () => {
    const plan = planBuckets({ start: new Date('2026-12-04T09:00:00Z'), end: new Date('2026-12-04T10:07:30Z'), label: '' }, NOW);
    expect(plan.periodSeconds).toBe(300);
    expect(plan.buckets).toHaveLength(14);
    expect(plan.buckets.at(-1)).toEqual({ start: new Date('2026-12-04T10:05:00Z'), end: new Date('2026-12-04T10:08:00Z') });
  });

  it('gives a window shorter than a period one whole period', () => {
    const plan = planBuckets({ start: new Date('2026-12-04T10:00:10Z'), end: new Date('2026-12-04T10:00:20Z'), label: '' }, NOW);
    expect(plan.buckets).toEqual([{ start: new Date('2026-12-04T10:00:00Z'), end: new Date('2026-12-04T10:01:00Z') }]);
  });

  it('keeps every bucket a multiple of the finest period, back to 455 days, within the bucket budget', () => {
    for (const days of [0.01, 1, 3, 14, 16, 40, 62, 64, 200, 455]) {
      for (const maxBuckets of [24, 30, SERIES_BUCKETS]) {
        const window = { start: daysAgo(days), end: NOW, label: '' };
        const plan = planBuckets(window, NOW, maxBuckets);
        expect(plan.periodSeconds % finestPeriodSeconds(window.start, NOW)).toBe(0);
        expect(plan.buckets.length).toBeLessThanOrEqual(maxBuckets);
        expect(plan.buckets.length).toBeGreaterThan(0);
        expect(plan.buckets[0]?.start).toEqual(plan.start);
        plan.buckets.slice(1).forEach((bucket, index) => expect(bucket.start).toEqual(plan.buckets[index]?.end));
      }
    }
  });

  it('charts a machine in finer buckets than the overview’s sparkline', () => {
    const window = resolveWindow({ preset: '24h' }, NOW);
    expect(planBuckets(window, NOW, SERIES_BUCKETS).periodSeconds).toBe(1800);
  });
});
