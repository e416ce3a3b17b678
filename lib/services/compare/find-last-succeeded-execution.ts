import { listExecutions } from '../../aws/list-executions';
import type { ExecutionSummary } from '../../domain';

/** Pages of SUCCEEDED executions read looking for one that started earlier (100 each, newest first). */
const MAX_PAGES = 5;

/**
 * The execution to compare a failed one with: the newest SUCCEEDED execution of the same state
 * machine that started before it, else the newest SUCCEEDED one; null when the machine has none.
 * ListExecutions with statusFilter SUCCEEDED lists newest first, so the first page usually answers.
 */
export async function findLastSucceededExecution(
  execution: Pick<ExecutionSummary, 'arn' | 'stateMachineArn' | 'startedAt'>,
): Promise<ExecutionSummary | null> {
  let newest: ExecutionSummary | null = null;
  let nextToken: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const result = await listExecutions({
      stateMachineArn: execution.stateMachineArn,
      statusFilter: 'SUCCEEDED',
      nextToken,
      maxResults: 100,
    });
    for (const candidate of result.executions) {
      if (candidate.arn === execution.arn) continue;
      newest ??= candidate;
      if (candidate.startedAt.getTime() < execution.startedAt.getTime()) return candidate;
    }
    nextToken = result.nextToken;
    if (!nextToken) break;
  }
  return newest;
}
