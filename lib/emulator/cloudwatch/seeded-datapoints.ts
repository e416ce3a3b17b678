import type Database from 'better-sqlite3';
import type { StatesMetricName } from './states-metrics';

/**
 * Emulator-only metric data loaded without running executions (StatescopeEmulator.SeedMetricData):
 * one row per seeded datum, a statistic set under a small integer series id (state machine ARN and
 * metric name), with its distribution as JSON `[[value, count], …]` only when it holds more than one
 * value (a single value is `minimum` × `sample_count`). Its own tables, created on first use.
 */
const TABLES = `
CREATE TABLE IF NOT EXISTS cloudwatch_seeded_series (
  id INTEGER PRIMARY KEY,
  state_machine_arn TEXT NOT NULL,
  metric_name TEXT NOT NULL,
  UNIQUE (state_machine_arn, metric_name)
);
CREATE TABLE IF NOT EXISTS cloudwatch_seeded_points (
  series_id INTEGER NOT NULL,
  timestamp_ms INTEGER NOT NULL,
  sum REAL NOT NULL,
  sample_count REAL NOT NULL,
  minimum REAL NOT NULL,
  maximum REAL NOT NULL,
  distribution TEXT
);
CREATE INDEX IF NOT EXISTS cloudwatch_seeded_points_by_series ON cloudwatch_seeded_points(series_id, timestamp_ms);
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
  private readonly seriesIds = new Map<string, number>();
  private readonly findSeries;
  private readonly insertSeries;
  private readonly insertPoint;
  private readonly aggregate;
  private readonly distributions;
  private readonly metricsSince;
  /** Writes the data in one transaction. */
  readonly insertMany: (data: SeededDatum[]) => void;

  constructor(db: Database.Database) {
    db.exec(TABLES);
    this.findSeries = db.prepare<[string, string], { id: number }>(
      `SELECT id FROM cloudwatch_seeded_series WHERE state_machine_arn = ? AND metric_name = ?`,
    );
    this.insertSeries = db.prepare(`INSERT INTO cloudwatch_seeded_series (state_machine_arn, metric_name) VALUES (?, ?)`);
    this.insertPoint = db.prepare(
      `INSERT INTO cloudwatch_seeded_points (series_id, timestamp_ms, sum, sample_count, minimum, maximum, distribution)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    // Buckets are counted from the query's start, as CloudWatch aligns periods to StartTime.
    this.aggregate = db.prepare<[number, number, string, string, number, number], SeededBucket>(
      `SELECT CAST((p.timestamp_ms - ?) / ? AS INTEGER) AS bucket, SUM(p.sum) AS sum, SUM(p.sample_count) AS sampleCount,
         MIN(p.minimum) AS minimum, MAX(p.maximum) AS maximum
       FROM cloudwatch_seeded_points p JOIN cloudwatch_seeded_series s ON s.id = p.series_id
       WHERE s.state_machine_arn = ? AND s.metric_name = ? AND p.timestamp_ms >= ? AND p.timestamp_ms < ? GROUP BY bucket`,
    );
    this.distributions = db.prepare<
      [string, string, number, number],
      { timestamp_ms: number; minimum: number; sample_count: number; distribution: string | null }
    >(
      `SELECT p.timestamp_ms, p.minimum, p.sample_count, p.distribution
       FROM cloudwatch_seeded_points p JOIN cloudwatch_seeded_series s ON s.id = p.series_id
       WHERE s.state_machine_arn = ? AND s.metric_name = ? AND p.timestamp_ms >= ? AND p.timestamp_ms < ?`,
    );
    this.metricsSince = db.prepare<[number], { state_machine_arn: string; metric_name: string }>(
      `SELECT s.state_machine_arn, s.metric_name FROM cloudwatch_seeded_series s
       WHERE EXISTS (SELECT 1 FROM cloudwatch_seeded_points p WHERE p.series_id = s.id AND p.timestamp_ms >= ?)`,
    );
    this.insertMany = db.transaction((data: SeededDatum[]) => {
      for (const datum of data) this.insertPoint.run(this.toRow(datum));
    });
  }

  private toRow(d: SeededDatum): unknown[] {
    let sum = 0;
    let sampleCount = 0;
    let minimum = Infinity;
    let maximum = -Infinity;
    d.values.forEach((value, i) => {
      const count = d.counts[i] ?? 0;
      sum += value * count;
      sampleCount += count;
      if (value < minimum) minimum = value;
      if (value > maximum) maximum = value;
    });
    const distribution = d.values.length > 1 ? JSON.stringify(d.values.map((value, i) => [value, d.counts[i] ?? 0])) : null;
    return [this.seriesId(d.stateMachineArn, d.metricName), d.timestampMs, sum, sampleCount, minimum, maximum, distribution];
  }

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
    return this.distributions.all(arn, metric, startMs, endMs).map((row) => ({
      timestampMs: row.timestamp_ms,
      pairs: row.distribution === null ? [[row.minimum, row.sample_count]] : (JSON.parse(row.distribution) as Array<[number, number]>),
    }));
  }

  metricsPublishedSince(sinceMs: number): Array<{ stateMachineArn: string; metricName: string }> {
    return this.metricsSince.all(sinceMs).map((row) => ({ stateMachineArn: row.state_machine_arn, metricName: row.metric_name }));
  }

  private seriesId(arn: string, metric: string): number {
    const key = `${metric}\n${arn}`;
    let id = this.seriesIds.get(key);
    if (id === undefined) {
      id = this.findSeries.get(arn, metric)?.id ?? Number(this.insertSeries.run(arn, metric).lastInsertRowid);
      this.seriesIds.set(key, id);
    }
    return id;
  }
}
