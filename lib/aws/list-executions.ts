import { ListExecutionsCommand } from '@aws-sdk/client-sfn';
import { sendSfn } from './send-sfn';
import { toDate, toExecutionStatus, toOptionalDate } from './to-domain';
import type { ExecutionPage, ExecutionStatus } from './types';

export interface ListExecutionsInput {
  stateMachineArn: string;
  statusFilter?: ExecutionStatus;
  /** The token from the previous page, unchanged; other arguments must stay the same between pages. */
  nextToken?: string;
  /** 1–1000; AWS defaults to 100. */
  maxResults?: number;
}

/** One page of executions, newest first, as ListExecutions pages them (aws-facts §2.7). */
export async function listExecutions(input: ListExecutionsInput): Promise<ExecutionPage> {
  const page = await sendSfn('ListExecutions', input.stateMachineArn, (sfn) =>
    sfn.send(
      new ListExecutionsCommand({
        stateMachineArn: input.stateMachineArn,
        statusFilter: input.statusFilter,
        nextToken: input.nextToken || undefined,
        maxResults: input.maxResults,
      }),
    ),
  );
  return {
    executions: (page.executions ?? []).map((item) => ({
      arn: item.executionArn ?? '',
      stateMachineArn: item.stateMachineArn ?? input.stateMachineArn,
      name: item.name ?? '',
      status: toExecutionStatus(item.status),
      startedAt: toDate(item.startDate),
      stoppedAt: toOptionalDate(item.stopDate),
      redriveCount: item.redriveCount,
    })),
    nextToken: page.nextToken,
  };
}
