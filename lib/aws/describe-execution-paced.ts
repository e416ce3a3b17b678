import { DescribeExecutionCommand } from '@aws-sdk/client-sfn';
import type { CostSfnCaller } from './cost-sfn-caller';
import { toDate, toExecutionStatus, toOptionalDate } from './to-domain';
import type { ExecutionDetail } from '../domain';

/** DescribeExecution of a Standard execution through the paced caller: input, output, error, cause, version and alias. */
export async function describeExecutionPaced(caller: CostSfnCaller, executionArn: string): Promise<ExecutionDetail> {
  const out = await caller.send('DescribeExecution', executionArn, (sfn) => sfn.send(new DescribeExecutionCommand({ executionArn })));
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
