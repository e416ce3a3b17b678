/**
 * History events: the SDK HistoryEvent as a plain object (docs/aws-behaviour.md#execution-history-events).
 * Types only.
 */

export interface ExecutionDataDetails {
  truncated?: boolean;
}

export interface ErrorAndCause {
  error?: string;
  cause?: string;
}

export interface TaskResourceDetails {
  resourceType?: string;
  resource?: string;
}

export interface TaskScheduledDetails extends TaskResourceDetails {
  region?: string;
  parameters?: string;
  timeoutInSeconds?: number;
  heartbeatInSeconds?: number;
  taskCredentials?: { roleArn?: string };
}

export interface OutputDetails {
  output?: string;
  outputDetails?: ExecutionDataDetails;
}

export interface InputDetails {
  input?: string;
  inputDetails?: ExecutionDataDetails;
}

export interface MapIterationDetails {
  /** The parent Map state's name. */
  name?: string;
  index?: number;
}

/**
 * One history event exactly as GetExecutionHistory returns it, with `timestamp` as a Date. It carries
 * at most one `*EventDetails` member, chosen by `type` (docs/aws-behaviour.md#event-details-members).
 * `type` is a plain string so that event types newer than this file are kept rather than rejected.
 */
export interface HistoryEventRecord {
  id: number;
  /** 0 for ExecutionStarted and for the first state-entered event; otherwise the causing event. */
  previousEventId?: number;
  type: string;
  timestamp: Date;

  activityFailedEventDetails?: ErrorAndCause;
  activityScheduleFailedEventDetails?: ErrorAndCause;
  activityScheduledEventDetails?: InputDetails & {
    resource?: string;
    timeoutInSeconds?: number;
    heartbeatInSeconds?: number;
  };
  activityStartedEventDetails?: { workerName?: string };
  activitySucceededEventDetails?: OutputDetails;
  activityTimedOutEventDetails?: ErrorAndCause;

  taskFailedEventDetails?: TaskResourceDetails & ErrorAndCause;
  taskScheduledEventDetails?: TaskScheduledDetails;
  taskStartFailedEventDetails?: TaskResourceDetails & ErrorAndCause;
  taskStartedEventDetails?: TaskResourceDetails;
  taskSubmitFailedEventDetails?: TaskResourceDetails & ErrorAndCause;
  taskSubmittedEventDetails?: TaskResourceDetails & OutputDetails;
  taskSucceededEventDetails?: TaskResourceDetails & OutputDetails;
  taskTimedOutEventDetails?: TaskResourceDetails & ErrorAndCause;

  executionFailedEventDetails?: ErrorAndCause;
  executionStartedEventDetails?: InputDetails & {
    roleArn?: string;
    stateMachineAliasArn?: string;
    stateMachineVersionArn?: string;
  };
  executionSucceededEventDetails?: OutputDetails;
  executionAbortedEventDetails?: ErrorAndCause;
  executionTimedOutEventDetails?: ErrorAndCause;
  executionRedrivenEventDetails?: { redriveCount?: number };

  mapStateStartedEventDetails?: { length?: number };
  mapIterationStartedEventDetails?: MapIterationDetails;
  mapIterationSucceededEventDetails?: MapIterationDetails;
  mapIterationFailedEventDetails?: MapIterationDetails;
  mapIterationAbortedEventDetails?: MapIterationDetails;

  lambdaFunctionFailedEventDetails?: ErrorAndCause;
  lambdaFunctionScheduleFailedEventDetails?: ErrorAndCause;
  lambdaFunctionScheduledEventDetails?: InputDetails & {
    resource?: string;
    timeoutInSeconds?: number;
    taskCredentials?: { roleArn?: string };
  };
  lambdaFunctionStartFailedEventDetails?: ErrorAndCause;
  lambdaFunctionSucceededEventDetails?: OutputDetails;
  lambdaFunctionTimedOutEventDetails?: ErrorAndCause;

  stateEnteredEventDetails?: InputDetails & { name?: string };
  stateExitedEventDetails?: OutputDetails & {
    name?: string;
    /** Variable name to its JSON-serialized value. */
    assignedVariables?: Record<string, string>;
    assignedVariablesDetails?: ExecutionDataDetails;
  };

  mapRunStartedEventDetails?: { mapRunArn?: string };
  mapRunFailedEventDetails?: ErrorAndCause;
  mapRunRedrivenEventDetails?: { mapRunArn?: string; redriveCount?: number };
  evaluationFailedEventDetails?: ErrorAndCause & { location?: string; state?: string };
}

/** One page of GetExecutionHistory, for callers that report progress on long histories. */
export interface HistoryEventPage {
  events: HistoryEventRecord[];
  nextToken?: string;
}
