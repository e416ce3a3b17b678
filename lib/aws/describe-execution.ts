import { DescribeExecutionCommand } from '@aws-sdk/client-sfn';
import { describeExpressExecution } from './describe-express-execution';
import { isExpressExecutionArn } from './express-arns';
import { sendSfn } from './send-sfn';
import { toDate, toExecutionStatus, toOptionalDate } from './to-domain';
import type { ExecutionDetail } from '../domain';

/**
 * DescribeExecution; an Express execution (which AWS refuses,
 * docs/aws-behaviour.md#express-workflows-and-the-history-api) is read from CloudWatch Logs.
 */
export async function describeExecution(executionArn: string): Promise<ExecutionDetail> {
  if (isExpressExecutionArn(executionArn)) return describeExpressExecution(executionArn);
  const out = await sendSfn('DescribeExecution', executionArn, (sfn) => sfn.send(new DescribeExecutionCommand({ executionArn })));
  return {
    arn: out.executionArn ?? executionArn,
    stateMachineArn: out.stateMachineArn ?? '',
    name: out.name ?? '',
    status: toExecutionStatus(out.status),
    startedAt: toDate(out.startDate),
    stoppedAt: toOptionalDate(out.stopDate),
    redriveCount: out.redriveCount,
    input: out.input,
    output: out.output,
    error: out.error,
    cause: out.cause,
    stateMachineVersionArn: out.stateMachineVersionArn,
    stateMachineAliasArn: out.stateMachineAliasArn,
    mapRunArn: out.mapRunArn,
    redriveDate: toOptionalDate(out.redriveDate),
    redriveStatus: out.redriveStatus,
    redriveStatusReason: out.redriveStatusReason,
  };
}
