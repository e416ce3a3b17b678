import type { MetricQuery } from './metric-data';
import type { BucketPlan } from './plan-buckets';
import { COUNT_METRICS, DURATION_STATISTICS, EXECUTION_TIME_METRIC, type CountMetricKey, type DurationKey } from './state-metrics';
import type { MachineRef } from './types';

/** What a query's answer is for: a count per bucket, or a duration statistic over the window or per bucket. */
export type QueryTarget =
  | { machineIndex: number; kind: 'count'; key: CountMetricKey }
  | { machineIndex: number; kind: 'duration'; key: DurationKey; perBucket: boolean };

export interface PlannedQueries {
  queries: MetricQuery[];
  targets: Map<string, QueryTarget>;
}

/**
 * Every machine's queries: each count metric (Sum) per bucket, ExecutionsRedriven for Standard
 * machines only, and ExecutionTime's statistics over the whole window (overview: percentiles do not
 * add up across buckets) or per bucket (a machine's chart).
 */
export function planMetricQueries(machines: readonly MachineRef[], plan: BucketPlan, durations: 'window' | 'buckets'): PlannedQueries {
  const queries: MetricQuery[] = [];
  const targets = new Map<string, QueryTarget>();
  machines.forEach((machine, machineIndex) => {
    for (const metric of COUNT_METRICS) {
      if (metric.standardOnly && machine.type !== 'STANDARD') continue;
      const id = `q${queries.length}`;
      queries.push({ id, stateMachineArn: machine.arn, metricName: metric.metricName, stat: 'Sum', periodSeconds: plan.periodSeconds });
      targets.set(id, { machineIndex, kind: 'count', key: metric.key });
    }
    const perBucket = durations === 'buckets';
    for (const statistic of DURATION_STATISTICS) {
      const id = `q${queries.length}`;
      const periodSeconds = perBucket ? plan.periodSeconds : plan.windowPeriodSeconds;
      queries.push({ id, stateMachineArn: machine.arn, metricName: EXECUTION_TIME_METRIC, stat: statistic.stat, periodSeconds });
      targets.set(id, { machineIndex, kind: 'duration', key: statistic.key, perBucket });
    }
  });
  return { queries, targets };
}
