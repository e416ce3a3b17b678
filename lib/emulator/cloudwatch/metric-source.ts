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

/** A Map Run's labelled machine ARN (`…:stateMachine:NAME/LABEL`) split at the label; undefined for any other. */
export function splitLabelledArn(arn: string): { machineArn: string; label: string } | undefined {
  const marker = arn.indexOf(':stateMachine:');
  const slash = marker < 0 ? -1 : arn.indexOf('/', marker);
  return slash < 0 ? undefined : { machineArn: arn.slice(0, slash), label: arn.slice(slash + 1) };
}

/**
 * The `AWS/States` metrics of the emulator: computed from the executions it ran (every state machine
 * that ever had this ARN, deleted ones too: metrics outlive their resource) plus seeded datapoints.
 */
export class MetricSource {
  private readonly executionsInWindow;
  private readonly childExecutionsInWindow;
  private readonly executionsSince;
  private readonly redrivesInWindow;
  private readonly childRedrivesInWindow;
  private readonly redrivenSince;
  readonly seeded: SeededDatapoints;

  constructor(db: Database.Database) {
    this.seeded = new SeededDatapoints(db);
    // AWS: a Map Run's child executions emit their metrics under the labelled state machine ARN
    // `…:stateMachine:NAME/LABEL` (https://docs.aws.amazon.com/step-functions/latest/dg/concepts-examine-map-run.html),
    // never under the parent's, so thousands of children do not inflate the parent machine's counts.
    const inWindow = `((e.start_date_ms >= ? AND e.start_date_ms < ?) OR (e.stop_date_ms >= ? AND e.stop_date_ms < ?))`;
    const notChild = `NOT EXISTS (SELECT 1 FROM map_run_executions c WHERE c.execution_id = e.id)`;
    const childOf = `JOIN map_run_executions c ON c.execution_id = e.id JOIN map_runs r ON r.id = c.map_run_id`;
    const metricArn = `CASE WHEN r.label IS NULL THEN m.arn ELSE m.arn || '/' || r.label END`;
    const anyChild = `LEFT JOIN map_run_executions c ON c.execution_id = e.id LEFT JOIN map_runs r ON r.id = c.map_run_id`;
    // A sample falls at the start or at the stop: an execution matters if either is in the window.
    this.executionsInWindow = db.prepare<[string, number, number, number, number], ExecutionTimes>(
      `SELECT e.status AS status, e.start_date_ms AS startDateMs, e.stop_date_ms AS stopDateMs
       FROM executions e JOIN state_machines m ON m.id = e.state_machine_id WHERE m.arn = ? AND ${inWindow} AND ${notChild}`,
    );
    this.childExecutionsInWindow = db.prepare<[string, string, number, number, number, number], ExecutionTimes>(
      `SELECT e.status AS status, e.start_date_ms AS startDateMs, e.stop_date_ms AS stopDateMs
       FROM executions e ${childOf} JOIN state_machines m ON m.id = e.state_machine_id WHERE m.arn = ? AND r.label = ? AND ${inWindow}`,
    );
    this.executionsSince = db.prepare<[number, number], ExecutionTimes & { stateMachineArn: string }>(
      `SELECT ${metricArn} AS stateMachineArn, e.status AS status, e.start_date_ms AS startDateMs, e.stop_date_ms AS stopDateMs
       FROM executions e JOIN state_machines m ON m.id = e.state_machine_id ${anyChild}
       WHERE e.start_date_ms >= ? OR e.stop_date_ms >= ?`,
    );
    // ExecutionsRedriven: 1 at each redrive (execution_redrives keeps one row per redrive).
    const redrivesFrom = `execution_redrives x JOIN executions e ON e.id = x.execution_id JOIN state_machines m ON m.id = e.state_machine_id`;
    this.redrivesInWindow = db.prepare<[string, number, number], { timestampMs: number }>(
      `SELECT x.redrive_date_ms AS timestampMs FROM ${redrivesFrom}
       WHERE m.arn = ? AND x.redrive_date_ms >= ? AND x.redrive_date_ms < ? AND ${notChild}`,
    );
    this.childRedrivesInWindow = db.prepare<[string, string, number, number], { timestampMs: number }>(
      `SELECT x.redrive_date_ms AS timestampMs FROM ${redrivesFrom} ${childOf}
       WHERE m.arn = ? AND r.label = ? AND x.redrive_date_ms >= ? AND x.redrive_date_ms < ?`,
    );
    this.redrivenSince = db.prepare<[number], { stateMachineArn: string }>(
      `SELECT DISTINCT ${metricArn} AS stateMachineArn FROM ${redrivesFrom} ${anyChild} WHERE x.redrive_date_ms >= ?`,
    );
  }

  private redrivesIn(stateMachineArn: string, startMs: number, endMs: number): Array<{ timestampMs: number }> {
    const labelled = splitLabelledArn(stateMachineArn);
    return labelled
      ? this.childRedrivesInWindow.all(labelled.machineArn, labelled.label, startMs, endMs)
      : this.redrivesInWindow.all(stateMachineArn, startMs, endMs);
  }

  private executionsIn(stateMachineArn: string, startMs: number, endMs: number): ExecutionTimes[] {
    const labelled = splitLabelledArn(stateMachineArn);
    return labelled
      ? this.childExecutionsInWindow.all(labelled.machineArn, labelled.label, startMs, endMs, startMs, endMs)
      : this.executionsInWindow.all(stateMachineArn, startMs, endMs, startMs, endMs);
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
      for (const { timestampMs } of this.redrivesIn(identity.stateMachineArn, startMs, endMs)) {
        addSample(setAt(Math.floor((timestampMs - startMs) / periodMs)), 1);
      }
    }
    for (const execution of this.executionsIn(identity.stateMachineArn, startMs, endMs)) {
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
