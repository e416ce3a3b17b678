import type Database from 'better-sqlite3';
import type { StatesMetricName } from './states-metrics';

/**
 * Emulator-only metric data loaded without running executions (StatescopeEmulator.SeedMetricData):
 * one row per seeded datum, a statistic set with its distribution as JSON `[[value, count], …]`.
 * Its own table, created on first use, beside the emulator's schema.
 */
const TABLE = `
CREATE TABLE IF NOT EXISTS cloudwatch_seeded_datapoints (
  state_machine_arn TEXT NOT NULL,
  metric_name TEXT NOT NULL,
  timestamp_ms INTEGER NOT NULL,
  sum REAL NOT NULL,
  sample_count REAL NOT NULL,
  minimum REAL NOT NULL,
  maximum REAL NOT NULL,
  distribution TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS cloudwatch_seeded_by_metric ON cloudwatch_seeded_datapoints(state_machine_arn, metric_name, timestamp_ms);
`;

export interface SeededDatum {
  stateMachineArn: string;
  metricName: StatesMetricName;
  timestampMs: number;
  /** Distinct values with how many samples had each (PutMetricData's Values / Counts). */
  values: number[];
  counts: number[];
}

export interface SeededBucket {
  bucket: number;
  sum: number;
  sampleCount: number;
  minimum: number;
  maximum: number;
}

export class SeededDatapoints {
  private readonly insert;
  private readonly aggregate;
  private readonly distributions;
  private readonly metricsSince;

  constructor(db: Database.Database) {
    db.exec(TABLE);
    this.insert = db.prepare(
      `INSERT INTO cloudwatch_seeded_datapoints (state_machine_arn, metric_name, timestamp_ms, sum, sample_count, minimum, maximum, distribution)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    // Buckets are counted from the query's start, as CloudWatch aligns periods to StartTime.
    this.aggregate = db.prepare<[number, number, string, string, number, number], SeededBucket>(
      `SELECT CAST((timestamp_ms - ?) / ? AS INTEGER) AS bucket, SUM(sum) AS sum, SUM(sample_count) AS sampleCount, MIN(minimum) AS minimum,
         MAX(maximum) AS maximum FROM cloudwatch_seeded_datapoints
       WHERE state_machine_arn = ? AND metric_name = ? AND timestamp_ms >= ? AND timestamp_ms < ? GROUP BY bucket`,
    );
    this.distributions = db.prepare<[string, string, number, number], { timestamp_ms: number; distribution: string }>(
      `SELECT timestamp_ms, distribution FROM cloudwatch_seeded_datapoints
       WHERE state_machine_arn = ? AND metric_name = ? AND timestamp_ms >= ? AND timestamp_ms < ?`,
    );
    this.metricsSince = db.prepare<[number], { state_machine_arn: string; metric_name: string }>(
      `SELECT DISTINCT state_machine_arn, metric_name FROM cloudwatch_seeded_datapoints WHERE timestamp_ms >= ?`,
    );
    this.insertMany = db.transaction((data: SeededDatum[]) => {
      for (const d of data) {
        let sum = 0;
        let sampleCount = 0;
        const pairs = d.values.map((value, i): [number, number] => [value, d.counts[i] ?? 0]);
        for (const [value, count] of pairs) {
          sum += value * count;
          sampleCount += count;
        }
        this.insert.run(
          d.stateMachineArn,
          d.metricName,
          d.timestampMs,
          sum,
          sampleCount,
          Math.min(...d.values),
          Math.max(...d.values),
          JSON.stringify(pairs),
        );
      }
    });
  }

  /** Writes the data in one transaction. */
  readonly insertMany: (data: SeededDatum[]) => void;

  buckets(arn: string, metric: StatesMetricName, startMs: number, endMs: number, periodMs: number): SeededBucket[] {
    return this.aggregate.all(startMs, periodMs, arn, metric, startMs, endMs);
  }

  /** Every seeded distribution in the window, for percentiles. */
  distributionsIn(
    arn: string,
    metric: StatesMetricName,
    startMs: number,
    endMs: number,
  ): Array<{ timestampMs: number; pairs: Array<[number, number]> }> {
    return this.distributions
      .all(arn, metric, startMs, endMs)
      .map((row) => ({ timestampMs: row.timestamp_ms, pairs: JSON.parse(row.distribution) as Array<[number, number]> }));
  }

  metricsPublishedSince(sinceMs: number): Array<{ stateMachineArn: string; metricName: string }> {
    return this.metricsSince.all(sinceMs).map((row) => ({ stateMachineArn: row.state_machine_arn, metricName: row.metric_name }));
  }
}
