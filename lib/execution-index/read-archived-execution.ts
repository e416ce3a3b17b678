import type { ExecutionDetail } from '../domain';
import type { ExecutionIndexStore, IndexedExecution, StoredHistory } from './types';

/** What the execution page needs of the index: a record and its stored history. */
export type ExecutionArchive = Pick<ExecutionIndexStore, 'getExecution' | 'getHistory'>;

export interface ArchivedExecution {
  record: IndexedExecution;
  history: StoredHistory;
}

/**
 * An execution as the index archived it, for when the source no longer returns it: only with its
 * history (a record alone has no timeline to show), else undefined.
 */
export async function readArchivedExecution(
  archive: ExecutionArchive,
  source: string,
  executionArn: string,
): Promise<ArchivedExecution | undefined> {
  const record = await archive.getExecution(source, executionArn);
  if (!record) return undefined;
  const history = await archive.getHistory({ source, executionArn, startedAt: record.startedAt, redriveCount: record.redriveCount });
  return history ? { record, history } : undefined;
}

/** The record as DescribeExecution would have said it (payloads as stored: redacted, maybe cut). */
export function toArchivedExecutionDetail(record: IndexedExecution): ExecutionDetail {
  return {
    arn: record.executionArn,
    stateMachineArn: record.stateMachineArn,
    name: record.name,
    status: record.status,
    startedAt: record.startedAt,
    ...(record.stoppedAt !== undefined && { stoppedAt: record.stoppedAt }),
    ...(record.redriveCount > 0 && { redriveCount: record.redriveCount }),
    ...(record.input !== undefined && { input: record.input.text }),
    ...(record.output !== undefined && { output: record.output.text }),
    ...(record.error !== undefined && { error: record.error }),
    ...(record.cause !== undefined && { cause: record.cause }),
    ...(record.stateMachineVersionArn !== undefined && { stateMachineVersionArn: record.stateMachineVersionArn }),
    ...(record.stateMachineAliasArn !== undefined && { stateMachineAliasArn: record.stateMachineAliasArn }),
  };
}
