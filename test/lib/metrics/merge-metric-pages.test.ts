import { describe, expect, it } from 'vitest';
import { mergeMetricPages } from '@/lib/metrics/merge-metric-pages';

const t = (minute: number) => new Date(Date.UTC(2026, 11, 4, 10, minute));

describe('mergeMetricPages', () => {
  it('joins each query’s pages in order, complete when its last page says so', () => {
    const merged = mergeMetricPages([
      [
        { id: 'q0', timestamps: [t(0), t(1)], values: [3, 4], complete: false },
        { id: 'q1', timestamps: [t(0)], values: [1], complete: true },
      ],
      [{ id: 'q0', timestamps: [t(2)], values: [5], complete: true }],
      [{ id: 'q2', timestamps: [], values: [], complete: false }],
    ]);
    expect(merged).toEqual([
      { id: 'q0', timestamps: [t(0), t(1), t(2)], values: [3, 4, 5], complete: true },
      { id: 'q1', timestamps: [t(0)], values: [1], complete: true },
      { id: 'q2', timestamps: [], values: [], complete: false },
    ]);
  });

  it('does not change the pages it was given', () => {
    const page = [{ id: 'q0', timestamps: [t(0)], values: [1], complete: false }];
    mergeMetricPages([page, [{ id: 'q0', timestamps: [t(1)], values: [2], complete: true }]]);
    expect(page[0]).toEqual({ id: 'q0', timestamps: [t(0)], values: [1], complete: false });
  });
});
