import { DescribeExecutionCommand } from '@aws-sdk/client-sfn';
import { describeExpressExecution } from './describe-express-execution';
import { isExpressExecutionArn } from './express-arns';
import { sendSfn } from './send-sfn';
import { toExecutionDetail } from './to-domain';
import type { ExecutionDetail } from '../domain';

/**
 * DescribeExecution; an Express execution (which AWS refuses,
 * docs/aws-behaviour.md#express-workflows-and-the-history-api) is read from CloudWatch Logs.
 */
export async function describeExecution(executionArn: string): Promise<ExecutionDetail> {
  if (isExpressExecutionArn(executionArn)) return describeExpressExecution(executionArn);
  const out = await sendSfn('DescribeExecution', executionArn, (sfn) => sfn.send(new DescribeExecutionCommand({ executionArn })));
  return toExecutionDetail(out, executionArn);
}
