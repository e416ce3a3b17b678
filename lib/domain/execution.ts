/**
 * Executions as every layer sees them: the adapter returns them, the pages, the CLI and the pure
 * code read them. Types and constants only.
 */

/** Every status ListExecutions and DescribeExecution can report, in one list. */
export const EXECUTION_STATUSES = ['RUNNING', 'SUCCEEDED', 'FAILED', 'TIMED_OUT', 'ABORTED', 'PENDING_REDRIVE'] as const;
export type ExecutionStatus = (typeof EXECUTION_STATUSES)[number];

/**
 * What a history can end in, so what the emulator stores and what a timeline derives. PENDING_REDRIVE
 * is a list-level status (a failed execution AWS is about to redrive) with no history event of its own.
 */
export type HistoryExecutionStatus = Exclude<ExecutionStatus, 'PENDING_REDRIVE'>;
export const HISTORY_EXECUTION_STATUSES: readonly HistoryExecutionStatus[] = EXECUTION_STATUSES.filter(
  (status): status is HistoryExecutionStatus => status !== 'PENDING_REDRIVE',
);

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
