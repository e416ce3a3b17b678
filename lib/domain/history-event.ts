/**
 * Domain types the `lib/aws` adapter returns. SDK types never leave `lib/aws/`: every function there
 * converts the SDK's shapes into these (dates as `Date`, required fields non-optional).
 * This file holds types and constants only, so pure code may `import type` from it.
 */

export const EXECUTION_STATUSES = [
  'RUNNING',
  'SUCCEEDED',
  'FAILED',
  'TIMED_OUT',
  'ABORTED',
  'PENDING_REDRIVE',
] as const;
export type ExecutionStatus = (typeof EXECUTION_STATUSES)[number];

export const STATE_MACHINE_TYPES = ['STANDARD', 'EXPRESS'] as const;
export type StateMachineType = (typeof STATE_MACHINE_TYPES)[number];

export interface StateMachineSummary {
  arn: string;
  name: string;
  type: StateMachineType;
  createdAt: Date;
}

export interface StateMachineDetail extends StateMachineSummary {
  status?: string;
  /** The Amazon States Language definition, as the JSON string AWS stores. */
  definition: string;
  roleArn: string;
  description?: string;
  revisionId?: string;
  /** `OFF | ALL | ERROR | FATAL` when logging is configured. */
  loggingLevel?: string;
  includeExecutionDataInLogs?: boolean;
}

/** The definition an execution actually ran (DescribeStateMachineForExecution). */
export interface StateMachineForExecution {
  arn: string;
  name: string;
  definition: string;
  roleArn: string;
  updatedAt: Date;
  revisionId?: string;
  /** Set only for Distributed Map child executions. */
  mapRunArn?: string;
  label?: string;
}

export interface ExecutionSummary {
  arn: string;
  stateMachineArn: string;
  name: string;
  status: ExecutionStatus;
  startedAt: Date;
  stoppedAt?: Date;
  redriveCount?: number;
}

/** One page of ListExecutions; pass `nextToken` back unchanged to get the next one. */
export interface ExecutionPage {
  executions: ExecutionSummary[];
  nextToken?: string;
}

export interface ExecutionDetail extends ExecutionSummary {
  /** JSON string, as on the wire. */
  input?: string;
  /** JSON string; set only on success. */
  output?: string;
  error?: string;
  cause?: string;
  stateMachineVersionArn?: string;
  stateMachineAliasArn?: string;
  mapRunArn?: string;
  redriveDate?: Date;
  redriveStatus?: string;
  redriveStatusReason?: string;
}

/** Where the adapter's settings came from, for the header and for error messages. */
export interface DataSourceInfo {
  /** The Step Functions endpoint requests go to. */
  endpoint: string;
  endpointSource: 'AWS_ENDPOINT_URL_SFN' | 'AWS_ENDPOINT_URL' | 'shared config file' | 'AWS default';
  region: string;
  regionSource: 'AWS_REGION' | 'SDK configuration' | 'fallback (none configured)';
  /** True when the endpoint is not AWS itself (emulator, Step Functions Local, LocalStack). */
  isCustomEndpoint: boolean;
}

export const DATA_SOURCE_ERROR_KINDS = [
  'no-credentials',
  'access-denied',
  'not-found',
  'throttled',
  'unreachable',
  'invalid-input',
] as const;
export type DataSourceErrorKind = (typeof DATA_SOURCE_ERROR_KINDS)[number];

/** A DataSourceError reduced to plain data, safe to pass to any component. */
export interface DataSourceProblem {
  kind: DataSourceErrorKind;
  message: string;
  hint: string;
}

// ---- History events: the SDK HistoryEvent as a plain object (docs/aws-behaviour.md#execution-history-events). ----

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
