/** What an execution leaves behind: its history events and how it ended (re-exported by types.ts). */

/** One history event as GetExecutionHistory returns it, with `timestamp` as a Date. */
export interface EmulatorHistoryEvent {
  id: number;
  previousEventId: number;
  type: string;
  timestamp: Date;
  /**
   * Exactly one `<camelCaseType>EventDetails` member, or none (see
   * docs/aws-behaviour.md#event-details-members).
   */
  [detailsKey: `${string}EventDetails`]: Record<string, unknown> | undefined;
}

export type ExecutionStatus = 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'TIMED_OUT' | 'ABORTED';

export interface ExecutionOutcome {
  status: Exclude<ExecutionStatus, 'RUNNING'>;
  /** JSON text, set on success. */
  output?: string;
  error?: string;
  cause?: string;
  stopDate: Date;
}
