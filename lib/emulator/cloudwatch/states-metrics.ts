/**
 * The `AWS/States` execution metrics the emulator publishes, with the unit AWS reports for each
 * (https://docs.aws.amazon.com/step-functions/latest/dg/procedure-cw-metrics.html).
 */
export const STATES_NAMESPACE = 'AWS/States';
export const STATE_MACHINE_DIMENSION = 'StateMachineArn';

export const STATES_METRICS = {
  ExecutionsStarted: 'Count',
  ExecutionsSucceeded: 'Count',
  ExecutionsFailed: 'Count',
  ExecutionsTimedOut: 'Count',
  ExecutionsAborted: 'Count',
  ExecutionThrottled: 'Count',
  ExecutionsRedriven: 'Count',
  ExecutionTime: 'Milliseconds',
} as const;

export type StatesMetricName = keyof typeof STATES_METRICS;

export function isStatesMetricName(name: string): name is StatesMetricName {
  return Object.hasOwn(STATES_METRICS, name);
}

/** The metric counting executions that closed with this status (RUNNING has none). */
export const CLOSE_METRIC_BY_STATUS: Readonly<Record<string, StatesMetricName>> = {
  SUCCEEDED: 'ExecutionsSucceeded',
  FAILED: 'ExecutionsFailed',
  TIMED_OUT: 'ExecutionsTimedOut',
  ABORTED: 'ExecutionsAborted',
};
