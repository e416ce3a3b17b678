import type { HistoryEventType } from './history-event-types';

/**
 * A state machine's `loggingConfiguration.level`
 * (docs/aws-behaviour.md#logging-configuration-and-log-levels).
 */
export const LOG_LEVELS = ['ALL', 'ERROR', 'FATAL', 'OFF'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export function isLogLevel(value: unknown): value is LogLevel {
  return typeof value === 'string' && (LOG_LEVELS as readonly string[]).includes(value);
}

const FATAL_TYPES: readonly HistoryEventType[] = ['ExecutionAborted', 'ExecutionFailed', 'ExecutionTimedOut'];

// AWS's table (DG "Log levels for Step Functions execution events",
// docs/aws-behaviour.md#logging-configuration-and-log-levels). Activity*, EvaluationFailed and the
// other MapRun* types are not in it, so they are logged at ALL only.
const ERROR_TYPES: readonly HistoryEventType[] = [
  ...FATAL_TYPES,
  'FailStateEntered',
  'LambdaFunctionFailed',
  'LambdaFunctionScheduleFailed',
  'LambdaFunctionStartFailed',
  'LambdaFunctionTimedOut',
  'MapIterationAborted',
  'MapIterationFailed',
  'MapRunAborted',
  'MapRunFailed',
  'MapStateAborted',
  'MapStateFailed',
  'ParallelStateAborted',
  'ParallelStateFailed',
  'TaskFailed',
  'TaskStartFailed',
  'TaskStateAborted',
  'TaskSubmitFailed',
  'TaskTimedOut',
  'WaitStateAborted',
];

const LOGGED_AT: Record<Exclude<LogLevel, 'ALL' | 'OFF'>, ReadonlySet<string>> = {
  ERROR: new Set(ERROR_TYPES),
  FATAL: new Set(FATAL_TYPES),
};

/** Whether Step Functions writes an event of this type to CloudWatch Logs at this level. */
export function isLoggedAtLevel(type: string, level: LogLevel): boolean {
  if (level === 'ALL') return true;
  if (level === 'OFF') return false;
  return LOGGED_AT[level].has(type);
}

/**
 * Whether an execution that succeeds writes anything at this level: at ERROR and FATAL only failure
 * events are logged, so a log group holds only the executions that failed, timed out or were aborted.
 */
export function logsSucceededExecutions(level: LogLevel): boolean {
  return level === 'ALL';
}

/** The event types a level writes, for explaining what a log leaves out; `all` for ALL. */
export function loggedEventTypes(level: LogLevel): readonly string[] | 'all' {
  if (level === 'ALL') return 'all';
  if (level === 'OFF') return [];
  return [...LOGGED_AT[level]];
}

/**
 * The only `details` fields AWS keeps when `includeExecutionData` is false
 * (docs/aws-behaviour.md#cloudwatch-logs-record-format): input, output, parameters and the other data
 * fields are dropped.
 */
export const DETAIL_FIELDS_WITHOUT_DATA: ReadonlySet<string> = new Set([
  'name',
  'roleArn',
  'resource',
  'resourceType',
  'region',
  'error',
  'cause',
]);
