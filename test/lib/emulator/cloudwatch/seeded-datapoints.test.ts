import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { SeededDatapoints } from '@/lib/emulator/cloudwatch/seeded-datapoints';

const ARN = 'arn:aws:states:us-east-1:123456789012:stateMachine:S';

describe('seeded datapoints', () => {
  it('stores statistic sets with their distribution and aggregates them per period', () => {
    const seeded = new SeededDatapoints(new Database(':memory:'));
    seeded.insertMany([
      { stateMachineArn: ARN, metricName: 'ExecutionTime', timestampMs: 60_000, values: [10, 30], counts: [3, 1] },
      { stateMachineArn: ARN, metricName: 'ExecutionTime', timestampMs: 170_000, values: [5], counts: [2] },
      { stateMachineArn: ARN, metricName: 'ExecutionTime', timestampMs: 200_000, values: [7], counts: [1] },
    ]);
    expect(seeded.buckets(ARN, 'ExecutionTime', 60_000, 200_000, 120_000)).toEqual([
      { bucket: 0, sum: 70, sampleCount: 6, minimum: 5, maximum: 30 },
    ]);
    expect(seeded.distributionsIn(ARN, 'ExecutionTime', 0, 100_000)).toEqual([
      {
        timestampMs: 60_000,
        pairs: [
          [10, 3],
          [30, 1],
        ],
      },
    ]);
    expect(seeded.metricsPublishedSince(150_000)).toEqual([{ stateMachineArn: ARN, metricName: 'ExecutionTime' }]);
    expect(seeded.metricsPublishedSince(300_000)).toEqual([]);
  });
});
