import { ListExecutionsCommand } from '@aws-sdk/client-sfn';
import { isDataSourceError } from './errors';
import { listExpressExecutions } from './list-express-executions';
import { sendSfn } from './send-sfn';
import { toExecutionSummary } from './to-domain';
import type { ExecutionPage } from '../domain';
import type { ListExecutionsInput } from './list-executions-input';

export type { ListExecutionsInput } from './list-executions-input';

/**
 * AWS refuses ListExecutions for Express machines
 * (docs/aws-behaviour.md#express-workflows-and-the-history-api): their executions are in CloudWatch
 * Logs.
 */
function isExpressRefusal(error: unknown): boolean {
  return isDataSourceError(error) && (error.cause as { name?: unknown } | undefined)?.name === 'StateMachineTypeNotSupported';
}

/**
 * One page of executions, newest first, as ListExecutions pages them
 * (docs/aws-behaviour.md#listexecutions). An Express state machine's page is read from its CloudWatch
 * Logs log group instead, with its own tokens.
 */
export async function listExecutions(input: ListExecutionsInput): Promise<ExecutionPage> {
  if (input.nextToken?.startsWith('express.')) return listExpressExecutions(input);
  let page;
  try {
    page = await sendSfn('ListExecutions', input.stateMachineArn, (sfn) =>
      sfn.send(
        new ListExecutionsCommand({
          stateMachineArn: input.stateMachineArn,
          statusFilter: input.statusFilter,
          nextToken: input.nextToken || undefined,
          maxResults: input.maxResults,
        }),
      ),
    );
  } catch (error) {
    if (isExpressRefusal(error)) return listExpressExecutions(input);
    throw error;
  }
  return {
    executions: (page.executions ?? []).map((item) => toExecutionSummary(item, input.stateMachineArn)),
    nextToken: page.nextToken,
  };
}
