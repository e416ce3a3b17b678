import { ListExecutionsCommand } from '@aws-sdk/client-sfn';
import type { CostSfnCaller } from './cost-sfn-caller';
import { toExecutionSummary } from './to-domain';
import type { ExecutionPage } from '../domain';

/**
 * One ListExecutions page of a Standard state machine, newest first, through the paced caller
 * (counted, rate-limited, retried on throttling). Keep every argument but `nextToken` the same.
 */
export async function listExecutionsPagePaced(
  caller: CostSfnCaller,
  input: { stateMachineArn: string; nextToken?: string; maxResults: number },
): Promise<ExecutionPage> {
  const page = await caller.send('ListExecutions', input.stateMachineArn, (sfn) =>
    sfn.send(
      new ListExecutionsCommand({
        stateMachineArn: input.stateMachineArn,
        maxResults: input.maxResults,
        nextToken: input.nextToken || undefined,
      }),
    ),
  );
  return {
    executions: (page.executions ?? []).map((item) => toExecutionSummary(item, input.stateMachineArn)),
    nextToken: page.nextToken || undefined,
  };
}
