import type Database from 'better-sqlite3';
import { executionSamples, publishedMetrics, type ExecutionTimes } from './execution-samples';
import { SeededDatapoints } from './seeded-datapoints';
import type { StatesMetricName } from './states-metrics';
import { addSample, emptyStatisticSet, mergeStatisticSet, type StatisticSet } from './statistic-set';

export interface MetricWindow {
  startMs: number;
  endMs: number;
  periodMs: number;
}

/** One metric identity: a state machine ARN and a metric name. */
export interface MetricIdentity {
  stateMachineArn: string;
  metricName: StatesMetricName;
}

/**
 * The `AWS/States` metrics of the emulator: computed from the executions it ran (every state machine
 * that ever had this ARN, deleted ones too: metrics outlive their resource) plus seeded datapoints.
 */
export class MetricSource {
  private readonly executionsInWindow;
  private readonly executionsSince;
  private readonly redrivesInWindow;
  private readonly redrivenSince;
  readonly seeded: SeededDatapoints;

  constructor(db: Database.Database) {
    this.seeded = new SeededDatapoints(db);
    // A sample falls at the start or at the stop: an execution matters if either is in the window.
    this.executionsInWindow = db.prepare<[string, number, number, number, number], ExecutionTimes>(
      `SELECT e.status AS status, e.start_date_ms AS startDateMs, e.stop_date_ms AS stopDateMs
       FROM executions e JOIN state_machines m ON m.id = e.state_machine_id
       WHERE m.arn = ? AND ((e.start_date_ms >= ? AND e.start_date_ms < ?) OR (e.stop_date_ms >= ? AND e.stop_date_ms < ?))`,
    );
    this.executionsSince = db.prepare<[number, number], ExecutionTimes & { stateMachineArn: string }>(
      `SELECT m.arn AS stateMachineArn, e.status AS status, e.start_date_ms AS startDateMs, e.stop_date_ms AS stopDateMs
       FROM executions e JOIN state_machines m ON m.id = e.state_machine_id
       WHERE e.start_date_ms >= ? OR e.stop_date_ms >= ?`,
    );
    // ExecutionsRedriven: 1 at each redrive (execution_redrives keeps one row per redrive).
    this.redrivesInWindow = db.prepare<[string, number, number], { timestampMs: number }>(
      `SELECT r.redrive_date_ms AS timestampMs FROM execution_redrives r JOIN executions e ON e.id = r.execution_id
       JOIN state_machines m ON m.id = e.state_machine_id WHERE m.arn = ? AND r.redrive_date_ms >= ? AND r.redrive_date_ms < ?`,
    );
    this.redrivenSince = db.prepare<[number], { stateMachineArn: string }>(
      `SELECT DISTINCT m.arn AS stateMachineArn FROM execution_redrives r JOIN executions e ON e.id = r.execution_id
       JOIN state_machines m ON m.id = e.state_machine_id WHERE r.redrive_date_ms >= ?`,
    );
  }

  /** Statistic sets per period index (0 = the period starting at `startMs`); periods without samples are absent. */
  periods(identity: MetricIdentity, window: MetricWindow, withDistribution: boolean): Map<number, StatisticSet> {
    const { startMs, endMs, periodMs } = window;
    const sets = new Map<number, StatisticSet>();
    const setAt = (bucket: number): StatisticSet => {
      let set = sets.get(bucket);
      if (!set) {
        set = emptyStatisticSet();
        sets.set(bucket, set);
      }
      return set;
    };
    if (identity.metricName === 'ExecutionsRedriven') {
      for (const { timestampMs } of this.redrivesInWindow.all(identity.stateMachineArn, startMs, endMs)) {
        addSample(setAt(Math.floor((timestampMs - startMs) / periodMs)), 1);
      }
    }
    for (const execution of this.executionsInWindow.all(identity.stateMachineArn, startMs, endMs, startMs, endMs)) {
      for (const sample of executionSamples(execution, identity.metricName)) {
        if (sample.timestampMs < startMs || sample.timestampMs >= endMs) continue;
        addSample(setAt(Math.floor((sample.timestampMs - startMs) / periodMs)), sample.value);
      }
    }
    if (withDistribution) {
      for (const datum of this.seeded.distributionsIn(identity.stateMachineArn, identity.metricName, startMs, endMs)) {
        const set = setAt(Math.floor((datum.timestampMs - startMs) / periodMs));
        for (const [value, count] of datum.pairs) addSample(set, value, count);
      }
    } else {
      for (const row of this.seeded.buckets(identity.stateMachineArn, identity.metricName, startMs, endMs, periodMs)) {
        mergeStatisticSet(setAt(row.bucket), { ...row, distribution: undefined });
      }
    }
    return sets;
  }

  /** Every metric identity with a sample since `sinceMs`. */
  identitiesSince(sinceMs: number): MetricIdentity[] {
    const seen = new Map<string, MetricIdentity>();
    const add = (stateMachineArn: string, metricName: StatesMetricName) => {
      seen.set(`${stateMachineArn}\n${metricName}`, { stateMachineArn, metricName });
    };
    for (const execution of this.executionsSince.all(sinceMs, sinceMs)) {
      for (const name of publishedMetrics(execution)) add(execution.stateMachineArn, name);
    }
    for (const { stateMachineArn } of this.redrivenSince.all(sinceMs)) add(stateMachineArn, 'ExecutionsRedriven');
    for (const row of this.seeded.metricsPublishedSince(sinceMs)) add(row.stateMachineArn, row.metricName as StatesMetricName);
    return [...seen.values()];
  }
}
