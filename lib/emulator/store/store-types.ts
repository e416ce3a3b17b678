/** Rows of the emulator's SQLite store, as plain objects. Dates are epoch milliseconds. */

import type { HistoryExecutionStatus, StateMachineType } from '../../domain';

export { STATE_MACHINE_TYPES } from '../../domain';
export type { StateMachineType };

/** A stored execution has a history, so it is never PENDING_REDRIVE (a list-level status only). */
export { HISTORY_EXECUTION_STATUSES as EXECUTION_STATUSES } from '../../domain';
export type StoredExecutionStatus = HistoryExecutionStatus;

/** One version of a state machine's mutable settings; an update adds a revision, never rewrites one. */
export interface StateMachineRevision {
  revision: number;
  revisionId: string;
  definition: string;
  roleArn: string;
  /** JSON text of the LoggingConfiguration as the API returns it. */
  loggingConfiguration: string;
  /** JSON text of the TracingConfiguration as the API returns it. */
  tracingConfiguration: string;
  description: string | null;
  updateDateMs: number;
}

export interface StateMachineRecord {
  id: number;
  arn: string;
  name: string;
  type: StateMachineType;
  creationDateMs: number;
  current: StateMachineRevision;
}

export interface ExecutionRecord {
  id: number;
  arn: string;
  stateMachineId: number;
  stateMachineArn: string;
  stateMachineName: string;
  /** The revision the execution started with (for DescribeStateMachineForExecution). */
  revision: number;
  name: string;
  type: StateMachineType;
  status: StoredExecutionStatus;
  startDateMs: number;
  stopDateMs: number | null;
  input: string;
  output: string | null;
  error: string | null;
  cause: string | null;
  /** How many times RedriveExecution restarted it, and when last. */
  redriveCount: number;
  redriveDateMs: number | null;
}

/** A history event as stored: `details` is the JSON text of the object holding the `*EventDetails` member ("{}" if none). */
export interface StoredEvent {
  id: number;
  previousEventId: number;
  type: string;
  timestampMs: number;
  details: string;
}

export interface NewStateMachine {
  arn: string;
  name: string;
  type: StateMachineType;
  creationDateMs: number;
  revision: Omit<StateMachineRevision, 'revision'>;
}

export interface NewExecution {
  arn: string;
  stateMachineId: number;
  revision: number;
  name: string;
  type: StateMachineType;
  startDateMs: number;
  input: string;
}

export interface ExecutionEnd {
  status: Exclude<StoredExecutionStatus, 'RUNNING'>;
  stopDateMs: number;
  output?: string;
  error?: string;
  cause?: string;
}
