import { describe, expect, it } from 'vitest';
import { planBuckets } from '@/lib/metrics/plan-buckets';
import { planMetricQueries } from '@/lib/metrics/plan-metric-queries';
import { resolveWindow } from '@/lib/metrics/resolve-window';
import { toMetricCounts } from '@/lib/metrics/to-metric-counts';

const NOW = new Date('2026-12-04T12:00:00Z');
const plan = planBuckets(resolveWindow({ preset: '1h' }, NOW), NOW);
const at = (minutes: number) => new Date(plan.start.getTime() + minutes * 60_000);
const machines = [
  { arn: 'arn:orders', name: 'orders', type: 'STANDARD' as const },
  { arn: 'arn:clicks', name: 'clicks', type: 'EXPRESS' as const },
];

describe('toMetricCounts', () => {
  it('sums each metric’s datapoints into the buckets they fall in, zero where CloudWatch had none', () => {
    const { queries, targets } = planMetricQueries(machines, plan, 'window');
    const id = (arn: string, metricName: string, stat = 'Sum') =>
      queries.find((query) => query.stateMachineArn === arn && query.metricName === metricName && query.stat === stat)?.id ?? '';
    const [orders, clicks] = toMetricCounts(
      machines,
      plan,
      [
        { id: id('arn:orders', 'ExecutionsStarted'), timestamps: [at(0), at(2), at(58)], values: [5, 2, 1], complete: true },
        { id: id('arn:orders', 'ExecutionsFailed'), timestamps: [at(2)], values: [1], complete: true },
        { id: id('arn:orders', 'ExecutionTime', 'p99'), timestamps: [at(0)], values: [1234], complete: true },
        { id: id('arn:orders', 'ExecutionTime', 'Maximum'), timestamps: [at(0)], values: [2000], complete: true },
        { id: id('arn:clicks', 'ExecutionThrottled'), timestamps: [at(4)], values: [7], complete: false },
        // Outside the plan: ignored.
        { id: id('arn:clicks', 'ExecutionsStarted'), timestamps: [at(-2), at(90)], values: [9, 9], complete: true },
      ],
      targets,
    );
    expect(orders?.total).toEqual({ started: 8, succeeded: 0, failed: 1, timedOut: 0, aborted: 0, throttled: 0, redriven: 0 });
    expect(orders?.buckets.map((bucket) => bucket.counts.started)).toEqual([5, 2, ...Array(27).fill(0), 1]);
    expect(orders?.duration).toEqual({ p99Ms: 1234, maximumMs: 2000 });
    expect(orders?.incomplete).toBe(0);
    expect(clicks?.total).toEqual({ started: 0, succeeded: 0, failed: 0, timedOut: 0, aborted: 0, throttled: 7 });
    expect(clicks?.duration).toBeUndefined();
    expect(clicks?.incomplete).toBe(1);
  });

  it('puts per-bucket durations on their buckets', () => {
    const { queries, targets } = planMetricQueries(machines.slice(0, 1), plan, 'buckets');
    const p50 = queries.find((query) => query.stat === 'p50')?.id ?? '';
    const [orders] = toMetricCounts(
      machines.slice(0, 1),
      plan,
      [{ id: p50, timestamps: [at(4), at(6)], values: [10, 20], complete: true }],
      targets,
    );
    expect(orders?.buckets.slice(0, 4).map((bucket) => bucket.duration)).toEqual([undefined, undefined, { p50Ms: 10 }, { p50Ms: 20 }]);
  });
});
