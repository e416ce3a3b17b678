import { ListExecutionsCommand } from '@aws-sdk/client-sfn';
import { readPages } from '../paging/read-pages';
import type { CostSfnCaller } from './cost-sfn-caller';
import { toDate, toExecutionStatus, toOptionalDate } from './to-domain';
import type { ExecutionSummary } from '../domain';

/**
 * Every execution of a state machine, all pages of 1,000 (docs/aws-behaviour.md#listexecutions):
 * 100,000 executions are 100 calls, inside ListExecutions' burst of 100–200. Counting is exact; no history is read.
 */
export async function listAllExecutions(
  caller: CostSfnCaller,
  stateMachineArn: string,
  onPage?: (listedSoFar: number) => void,
): Promise<ExecutionSummary[]> {
  const executions: ExecutionSummary[] = [];
  // One caller.send a page: each is counted, paced and retried on its own.
  const pages = readPages((nextToken) =>
    caller.send('ListExecutions', stateMachineArn, (sfn) =>
      sfn.send(new ListExecutionsCommand({ stateMachineArn, maxResults: 1000, nextToken })),
    ),
  );
  for await (const page of pages) {
    for (const item of page.executions ?? []) {
      executions.push({
        arn: item.executionArn ?? '',
        stateMachineArn: item.stateMachineArn ?? stateMachineArn,
        name: item.name ?? '',
        status: toExecutionStatus(item.status),
        startedAt: toDate(item.startDate),
        stoppedAt: toOptionalDate(item.stopDate),
        redriveCount: item.redriveCount,
      });
    }
    onPage?.(executions.length);
  }
  return executions;
}
