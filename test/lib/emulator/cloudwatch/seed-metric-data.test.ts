import { describe, expect, it } from 'vitest';
import { getMetricData } from '@/lib/emulator/cloudwatch/get-metric-data';
import { MetricSource } from '@/lib/emulator/cloudwatch/metric-source';
import { MAX_SEED_DATA, seedMetricData } from '@/lib/emulator/cloudwatch/seed-metric-data';
import { MACHINE_ARN, metricStore } from './metric-store-fixture';

const NOW = Date.UTC(2026, 11, 4, 12, 0);
const HOUR = 3_600_000;

function datum(over: Record<string, unknown> = {}) {
  return {
    StateMachineArn: MACHINE_ARN,
    MetricName: 'ExecutionTime',
    Timestamp: (NOW - HOUR) / 1000,
    Values: [100, 900],
    Counts: [9, 1],
    ...over,
  };
}

describe('seedMetricData (emulator-only)', () => {
  it('adds seeded datapoints to the executions the emulator ran, percentiles included', () => {
    const fixture = metricStore();
    fixture.run(NOW - HOUR + 1_000, NOW - HOUR + 1_300); // ran: 300 ms
    const source = new MetricSource(fixture.db);
    expect(
      seedMetricData(
        { MetricData: [datum(), datum({ Timestamp: new Date(NOW - 2 * HOUR).toISOString(), Values: [50], Counts: [1] })] },
        source,
        NOW,
      ),
    ).toEqual({
      Seeded: 2,
    });
    const stats = ['SampleCount', 'Sum', 'Minimum', 'Maximum', 'p50', 'p95'];
    const out = getMetricData(
      {
        MetricDataQueries: stats.map((Stat, i) => ({
          Id: `q${i}`,
          MetricStat: {
            Metric: { Namespace: 'AWS/States', MetricName: 'ExecutionTime', Dimensions: [{ Name: 'StateMachineArn', Value: MACHINE_ARN }] },
            Period: 86_400,
            Stat,
          },
        })),
        StartTime: (NOW - 3 * HOUR) / 1000,
        EndTime: NOW / 1000,
      },
      source,
      NOW,
    );
    expect(out.MetricDataResults.map((r) => r.Timestamps)).toEqual(stats.map(() => [NOW - 3 * HOUR]));
    expect(out.MetricDataResults.map((r) => r.Values[0])).toEqual([12, 9 * 100 + 900 + 50 + 300, 50, 900, 100, 900]);
  });

  it('refuses what it cannot store with a clear message, writing nothing', () => {
    const fixture = metricStore();
    const source = new MetricSource(fixture.db);
    const refuse = (input: Record<string, unknown>) => () => seedMetricData(input, source, NOW);
    expect(refuse({})).toThrow('The parameter MetricData is required.');
    expect(refuse({ MetricData: [datum(), datum({ MetricName: 'Invocations' })] })).toThrow(
      /MetricData.member.2.MetricName must be one of ExecutionsStarted/,
    );
    expect(refuse({ MetricData: [datum({ StateMachineArn: 'arn:aws:lambda:us-east-1:123456789012:function:f' })] })).toThrow(
      /is not a state machine ARN/,
    );
    expect(refuse({ MetricData: [datum({ Timestamp: (NOW + 3 * HOUR) / 1000 })] })).toThrow(/between 455 days ago and 2 hours from now/);
    expect(refuse({ MetricData: [datum({ Counts: [1] })] })).toThrow(/one count per value/);
    expect(refuse({ MetricData: [datum({ Counts: [1, 0.5] })] })).toThrow(/whole numbers from 1/);
    expect(refuse({ MetricData: [datum({ Values: Array.from({ length: 151 }, (_, i) => i), Counts: undefined })] })).toThrow(
      /1 to 150 values/,
    );
    expect(refuse({ MetricData: Array.from({ length: MAX_SEED_DATA + 1 }, () => datum()) })).toThrow(
      /at most 50000 per SeedMetricData call/,
    );
    expect(fixture.db.prepare('SELECT COUNT(*) AS n FROM cloudwatch_seeded_points').get()).toEqual({ n: 0 });
  });
});
