import { describe, expect, it } from 'vitest';
import { listMetrics } from '@/lib/emulator/cloudwatch/list-metrics';
import { MetricSource } from '@/lib/emulator/cloudwatch/metric-source';
import { seedMetricData } from '@/lib/emulator/cloudwatch/seed-metric-data';
import { MACHINE_ARN, metricStore } from './metric-store-fixture';

const NOW = Date.UTC(2026, 11, 4, 12, 0);
const DAY = 86_400_000;
const OTHER = 'arn:aws:states:us-east-1:123456789012:stateMachine:Other';

function setup() {
  const fixture = metricStore();
  fixture.run(NOW - DAY, NOW - DAY + 10, 'FAILED');
  fixture.run(NOW - 20 * DAY, NOW - 20 * DAY + 10); // older than two weeks: not listed
  const source = new MetricSource(fixture.db);
  seedMetricData(
    {
      MetricData: [
        { StateMachineArn: OTHER, MetricName: 'ExecutionsSucceeded', Timestamp: (NOW - 3_000) / 1000, Values: [1], Counts: [5] },
      ],
    },
    source,
    NOW,
  );
  return source;
}

describe('listMetrics', () => {
  it('lists the metrics published in the past two weeks, sorted, from runs and seeds', () => {
    const names = listMetrics({ Namespace: 'AWS/States' }, setup(), NOW).Metrics.map(
      (m) => `${m.Dimensions[0]!.Value.split(':').at(-1)} ${m.MetricName}`,
    );
    expect(names).toEqual([
      'Orders ExecutionThrottled',
      'Orders ExecutionTime',
      'Orders ExecutionsFailed',
      'Orders ExecutionsStarted',
      'Other ExecutionsSucceeded',
    ]);
  });

  it('filters by name, dimension, namespace and recent activity', () => {
    const source = setup();
    expect(listMetrics({ MetricName: 'ExecutionsFailed' }, source, NOW).Metrics).toEqual([
      { Namespace: 'AWS/States', MetricName: 'ExecutionsFailed', Dimensions: [{ Name: 'StateMachineArn', Value: MACHINE_ARN }] },
    ]);
    expect(listMetrics({ Dimensions: [{ Name: 'StateMachineArn', Value: OTHER }] }, source, NOW).Metrics).toHaveLength(1);
    expect(listMetrics({ Dimensions: [{ Name: 'FunctionName' }] }, source, NOW).Metrics).toEqual([]);
    expect(listMetrics({ Namespace: 'AWS/Lambda' }, source, NOW).Metrics).toEqual([]);
    expect(listMetrics({ RecentlyActive: 'PT3H' }, source, NOW).Metrics.map((m) => m.MetricName)).toEqual(['ExecutionsSucceeded']);
    expect(() => listMetrics({ RecentlyActive: 'P1D' }, source, NOW)).toThrow('The parameter RecentlyActive must be PT3H');
    expect(() => listMetrics({ NextToken: 'garbage' }, source, NOW)).toThrow(/NextToken is not valid/);
  });

  it('pages 500 at a time', () => {
    const fixture = metricStore();
    const source = new MetricSource(fixture.db);
    const data = Array.from({ length: 600 }, (_, i) => ({
      StateMachineArn: `${OTHER}${i}`,
      MetricName: 'ExecutionsStarted',
      Timestamp: (NOW - 60_000) / 1000,
      Values: [1],
    }));
    seedMetricData({ MetricData: data }, source, NOW);
    const first = listMetrics({}, source, NOW);
    expect(first.Metrics).toHaveLength(500);
    const second = listMetrics({ NextToken: first.NextToken }, source, NOW);
    expect(second.Metrics).toHaveLength(100);
    expect(second.NextToken).toBeUndefined();
  });
});
