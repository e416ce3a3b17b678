/**
 * The closed set of Step Functions history event types (docs/aws-behaviour.md#history-event-types:
 * the 62 values of the SFN API model, in model order) and what each one means for reconstruction.
 * Every table is a `Record` over the union, so a new AWS event type breaks the build until each table
 * handles it.
 */
export const HISTORY_EVENT_TYPES = [
  'ActivityFailed',
  'ActivityScheduled',
  'ActivityScheduleFailed',
  'ActivityStarted',
  'ActivitySucceeded',
  'ActivityTimedOut',
  'ChoiceStateEntered',
  'ChoiceStateExited',
  'ExecutionAborted',
  'ExecutionFailed',
  'ExecutionStarted',
  'ExecutionSucceeded',
  'ExecutionTimedOut',
  'FailStateEntered',
  'LambdaFunctionFailed',
  'LambdaFunctionScheduled',
  'LambdaFunctionScheduleFailed',
  'LambdaFunctionStarted',
  'LambdaFunctionStartFailed',
  'LambdaFunctionSucceeded',
  'LambdaFunctionTimedOut',
  'MapIterationAborted',
  'MapIterationFailed',
  'MapIterationStarted',
  'MapIterationSucceeded',
  'MapStateAborted',
  'MapStateEntered',
  'MapStateExited',
  'MapStateFailed',
  'MapStateStarted',
  'MapStateSucceeded',
  'ParallelStateAborted',
  'ParallelStateEntered',
  'ParallelStateExited',
  'ParallelStateFailed',
  'ParallelStateStarted',
  'ParallelStateSucceeded',
  'PassStateEntered',
  'PassStateExited',
  'SucceedStateEntered',
  'SucceedStateExited',
  'TaskFailed',
  'TaskScheduled',
  'TaskStarted',
  'TaskStartFailed',
  'TaskStateAborted',
  'TaskStateEntered',
  'TaskStateExited',
  'TaskSubmitFailed',
  'TaskSubmitted',
  'TaskSucceeded',
  'TaskTimedOut',
  'WaitStateAborted',
  'WaitStateEntered',
  'WaitStateExited',
  'MapRunAborted',
  'MapRunFailed',
  'MapRunStarted',
  'MapRunSucceeded',
  'ExecutionRedriven',
  'MapRunRedriven',
  'EvaluationFailed',
] as const;

export type HistoryEventType = (typeof HISTORY_EVENT_TYPES)[number];

export const STATE_TYPES = ['Task', 'Pass', 'Choice', 'Wait', 'Succeed', 'Fail', 'Parallel', 'Map'] as const;
export type StateType = (typeof STATE_TYPES)[number];

/** Which part of the execution an event talks about. */
export const EVENT_CATEGORIES = [
  'execution',
  'state',
  'task',
  'lambda',
  'activity',
  'map',
  'map-run',
  'parallel',
  'evaluation',
  'unknown',
] as const;
export type EventCategory = (typeof EVENT_CATEGORIES)[number];

/** Where in its life cycle the subject of the event is. */
export const EVENT_PHASES = [
  'entered',
  'exited',
  'scheduled',
  'started',
  'submitted',
  'succeeded',
  'failed',
  'timed-out',
  'aborted',
  'redriven',
  'unknown',
] as const;
export type EventPhase = (typeof EVENT_PHASES)[number];

export interface EventTypeInfo {
  category: EventCategory;
  phase: EventPhase;
  /**
   * The type of state whose visit owns the event; `null` for execution-level events and for
   * EvaluationFailed, which names its state instead (`details.state`).
   */
  owner: StateType | null;
}

const info = (category: EventCategory, phase: EventPhase, owner: StateType | null): EventTypeInfo => ({
  category,
  phase,
  owner,
});

export const EVENT_TYPE_INFO: Record<HistoryEventType, EventTypeInfo> = {
  ActivityFailed: info('activity', 'failed', 'Task'),
  ActivityScheduled: info('activity', 'scheduled', 'Task'),
  ActivityScheduleFailed: info('activity', 'failed', 'Task'),
  ActivityStarted: info('activity', 'started', 'Task'),
  ActivitySucceeded: info('activity', 'succeeded', 'Task'),
  ActivityTimedOut: info('activity', 'timed-out', 'Task'),
  ChoiceStateEntered: info('state', 'entered', 'Choice'),
  ChoiceStateExited: info('state', 'exited', 'Choice'),
  ExecutionAborted: info('execution', 'aborted', null),
  ExecutionFailed: info('execution', 'failed', null),
  ExecutionStarted: info('execution', 'started', null),
  ExecutionSucceeded: info('execution', 'succeeded', null),
  ExecutionTimedOut: info('execution', 'timed-out', null),
  FailStateEntered: info('state', 'entered', 'Fail'),
  LambdaFunctionFailed: info('lambda', 'failed', 'Task'),
  LambdaFunctionScheduled: info('lambda', 'scheduled', 'Task'),
  LambdaFunctionScheduleFailed: info('lambda', 'failed', 'Task'),
  LambdaFunctionStarted: info('lambda', 'started', 'Task'),
  LambdaFunctionStartFailed: info('lambda', 'failed', 'Task'),
  LambdaFunctionSucceeded: info('lambda', 'succeeded', 'Task'),
  LambdaFunctionTimedOut: info('lambda', 'timed-out', 'Task'),
  MapIterationAborted: info('map', 'aborted', 'Map'),
  MapIterationFailed: info('map', 'failed', 'Map'),
  MapIterationStarted: info('map', 'started', 'Map'),
  MapIterationSucceeded: info('map', 'succeeded', 'Map'),
  MapStateAborted: info('map', 'aborted', 'Map'),
  MapStateEntered: info('state', 'entered', 'Map'),
  MapStateExited: info('state', 'exited', 'Map'),
  MapStateFailed: info('map', 'failed', 'Map'),
  MapStateStarted: info('map', 'started', 'Map'),
  MapStateSucceeded: info('map', 'succeeded', 'Map'),
  ParallelStateAborted: info('parallel', 'aborted', 'Parallel'),
  ParallelStateEntered: info('state', 'entered', 'Parallel'),
  ParallelStateExited: info('state', 'exited', 'Parallel'),
  ParallelStateFailed: info('parallel', 'failed', 'Parallel'),
  ParallelStateStarted: info('parallel', 'started', 'Parallel'),
  ParallelStateSucceeded: info('parallel', 'succeeded', 'Parallel'),
  PassStateEntered: info('state', 'entered', 'Pass'),
  PassStateExited: info('state', 'exited', 'Pass'),
  SucceedStateEntered: info('state', 'entered', 'Succeed'),
  SucceedStateExited: info('state', 'exited', 'Succeed'),
  TaskFailed: info('task', 'failed', 'Task'),
  TaskScheduled: info('task', 'scheduled', 'Task'),
  TaskStarted: info('task', 'started', 'Task'),
  TaskStartFailed: info('task', 'failed', 'Task'),
  TaskStateAborted: info('state', 'aborted', 'Task'),
  TaskStateEntered: info('state', 'entered', 'Task'),
  TaskStateExited: info('state', 'exited', 'Task'),
  TaskSubmitFailed: info('task', 'failed', 'Task'),
  TaskSubmitted: info('task', 'submitted', 'Task'),
  TaskSucceeded: info('task', 'succeeded', 'Task'),
  TaskTimedOut: info('task', 'timed-out', 'Task'),
  WaitStateAborted: info('state', 'aborted', 'Wait'),
  WaitStateEntered: info('state', 'entered', 'Wait'),
  WaitStateExited: info('state', 'exited', 'Wait'),
  MapRunAborted: info('map-run', 'aborted', 'Map'),
  MapRunFailed: info('map-run', 'failed', 'Map'),
  MapRunStarted: info('map-run', 'started', 'Map'),
  MapRunSucceeded: info('map-run', 'succeeded', 'Map'),
  ExecutionRedriven: info('execution', 'redriven', null),
  MapRunRedriven: info('map-run', 'redriven', 'Map'),
  EvaluationFailed: info('evaluation', 'failed', null),
};

const KNOWN = new Set<string>(HISTORY_EVENT_TYPES);

export function isHistoryEventType(value: string): value is HistoryEventType {
  return KNOWN.has(value);
}

/** detailsKeyOf for every known type, computed once (it runs for each of up to 25,000 events). */
export const DETAILS_KEY: Record<HistoryEventType, string> = Object.fromEntries(
  HISTORY_EVENT_TYPES.map((type) => [type, detailsKeyOf(type)]),
) as Record<HistoryEventType, string>;

/**
 * The name of the one details member an event of this type carries
 * (docs/aws-behaviour.md#event-details-members): every `*StateEntered` shares
 * `stateEnteredEventDetails`, every `*StateExited` `stateExitedEventDetails`, the rest are the type
 * name in camelCase plus `EventDetails`.
 */
export function detailsKeyOf(type: string): string {
  if (type.endsWith('StateEntered')) return 'stateEnteredEventDetails';
  if (type.endsWith('StateExited')) return 'stateExitedEventDetails';
  return `${type.charAt(0).toLowerCase()}${type.slice(1)}EventDetails`;
}
