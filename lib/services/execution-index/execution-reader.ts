import type { ExecutionDetail, ExecutionPage, ExecutionSummary, HistoryEventRecord } from '../../domain';

/** What the sync needs to re-read one execution: the ARN, and its start when known (Express logs are searched around it). */
export interface ExecutionToRead {
  arn: string;
  startedAt?: Date;
  /** The listing's row, when it came from one: a finished one needs only its history, not DescribeExecution. */
  listed?: ExecutionSummary;
}

/** One execution as the source gives it now: its detail and, once it has ended, its history with data (not yet redacted). */
export type ReadExecution = { kind: 'found'; detail: ExecutionDetail; events?: HistoryEventRecord[] } | { kind: 'gone' };

/**
 * How the sync reads one state machine's executions: Standard through the Step Functions API,
 * Express from its CloudWatch Logs log group. Both list newest first, with page tokens to resume.
 */
export interface ExecutionReader {
  listPage(nextToken: string | undefined): Promise<ExecutionPage>;
  /** Reads these executions; `gone` when the source no longer has one (AWS's retention passed). */
  read(executions: readonly ExecutionToRead[]): Promise<Map<string, ReadExecution>>;
  /** Whether an execution missing from a listing that reached the end can be asked about (Express logs are listed 30 days back only). */
  readonly canDetectGone: boolean;
}

export const TERMINAL_STATUSES = new Set(['SUCCEEDED', 'FAILED', 'TIMED_OUT', 'ABORTED']);

/** Runs `work` over `items`, `concurrency` at a time, in no particular order. */
export async function forEachConcurrently<T>(items: readonly T[], concurrency: number, work: (item: T) => Promise<void>): Promise<void> {
  const queue = items.values();
  const worker = async () => {
    for (const item of queue) await work(item);
  };
  await Promise.all(Array.from({ length: Math.min(Math.max(1, concurrency), items.length) }, worker));
}
