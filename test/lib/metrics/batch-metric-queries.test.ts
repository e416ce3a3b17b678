import { describe, expect, it } from 'vitest';
import { batchMetricQueries, countDatapoints } from '@/lib/metrics/batch-metric-queries';
import type { MetricQuery } from '@/lib/metrics/metric-data';
import { planBuckets } from '@/lib/metrics/plan-buckets';
import { planMetricQueries } from '@/lib/metrics/plan-metric-queries';
import { resolveWindow } from '@/lib/metrics/resolve-window';
import type { MachineRef } from '@/lib/metrics/types';

const NOW = new Date('2026-12-04T12:00:00Z');
const machines: MachineRef[] = Array.from({ length: 500 }, (_, i) => ({
  arn: `arn:aws:states:us-east-1:123456789012:stateMachine:m${i}`,
  name: `m${i}`,
  type: i % 5 === 0 ? 'EXPRESS' : 'STANDARD',
}));

describe('batchMetricQueries', () => {
  it('reads 500 machines over a month in 12 calls of at most 500 queries and 100,800 datapoints', () => {
    const window = resolveWindow({ preset: '30d' }, NOW);
    const plan = planBuckets(window, NOW);
    const { queries } = planMetricQueries(machines, plan, 'window');
    // 7 counts (6 for Express, without ExecutionsRedriven) and 5 ExecutionTime statistics a machine.
    expect(queries).toHaveLength(400 * 12 + 100 * 11);
    const batches = batchMetricQueries(queries, plan.start, plan.end);
    expect(batches).toHaveLength(12);
    for (const batch of batches) {
      expect(batch.length).toBeLessThanOrEqual(500);
      expect(batch.reduce((sum, query) => sum + countDatapoints(query, plan.start, plan.end), 0)).toBeLessThanOrEqual(100_800);
    }
    expect(batches.flat().map((query) => query.id)).toEqual(queries.map((query) => query.id));
    expect(new Set(queries.map((query) => query.id)).size).toBe(queries.length);
  });

  it('starts a new call when the datapoints would pass the limit before the query count does', () => {
    // A month at 60 s: 43,200 datapoints a query, so two fit in a call.
    const start = new Date(NOW.getTime() - 30 * 86_400_000);
    const query = (id: string): MetricQuery => ({
      id,
      stateMachineArn: 'arn',
      metricName: 'ExecutionsStarted',
      stat: 'Sum',
      periodSeconds: 60,
    });
    const batches = batchMetricQueries(['a', 'b', 'c', 'd', 'e'].map(query), start, NOW);
    expect(batches.map((batch) => batch.map((q) => q.id))).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
  });

  it('refuses a query that alone passes the datapoint limit', () => {
    const start = new Date(NOW.getTime() - 80 * 86_400_000);
    expect(() =>
      batchMetricQueries(
        [{ id: 'big', stateMachineArn: 'arn', metricName: 'ExecutionsStarted', stat: 'Sum', periodSeconds: 60 }],
        start,
        NOW,
      ),
    ).toThrow('Query big asks for 115200 datapoints, more than the 100800 of one call: use a longer period.');
  });
});
