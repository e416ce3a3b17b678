/**
 * The `AWS/States` metrics read per state machine, with the `StateMachineArn` dimension
 * (https://docs.aws.amazon.com/step-functions/latest/dg/procedure-cw-metrics.html).
 */
import type { DurationStats } from './types';

export const STATES_NAMESPACE = 'AWS/States';
export const STATE_MACHINE_DIMENSION = 'StateMachineArn';

/** Count metrics, read with the Sum statistic. ExecutionsRedriven exists for Standard machines only. */
export const COUNT_METRICS = [
  { key: 'started', metricName: 'ExecutionsStarted', standardOnly: false },
  { key: 'succeeded', metricName: 'ExecutionsSucceeded', standardOnly: false },
  { key: 'failed', metricName: 'ExecutionsFailed', standardOnly: false },
  { key: 'timedOut', metricName: 'ExecutionsTimedOut', standardOnly: false },
  { key: 'aborted', metricName: 'ExecutionsAborted', standardOnly: false },
  // Throttled state transitions, not refused StartExecution calls.
  { key: 'throttled', metricName: 'ExecutionThrottled', standardOnly: false },
  { key: 'redriven', metricName: 'ExecutionsRedriven', standardOnly: true },
] as const;
export type CountMetric = (typeof COUNT_METRICS)[number];
export type CountMetricKey = CountMetric['key'];

/** ExecutionTime (milliseconds): percentiles where CloudWatch has them, Average and Maximum otherwise. */
export const EXECUTION_TIME_METRIC = 'ExecutionTime';
export const DURATION_STATISTICS = [
  { key: 'p50Ms', stat: 'p50' },
  { key: 'p90Ms', stat: 'p90' },
  { key: 'p99Ms', stat: 'p99' },
  { key: 'averageMs', stat: 'Average' },
  { key: 'maximumMs', stat: 'Maximum' },
] as const satisfies readonly { key: keyof DurationStats; stat: string }[];
export type DurationKey = (typeof DURATION_STATISTICS)[number]['key'];
