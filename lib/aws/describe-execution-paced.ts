import { DescribeExecutionCommand } from '@aws-sdk/client-sfn';
import type { CostSfnCaller } from './cost-sfn-caller';
import { toExecutionDetail } from './to-domain';
import type { ExecutionDetail } from '../domain';

/** DescribeExecution of a Standard execution through the paced caller: input, output, error, cause, version and alias. */
export async function describeExecutionPaced(caller: CostSfnCaller, executionArn: string): Promise<ExecutionDetail> {
  const out = await caller.send('DescribeExecution', executionArn, (sfn) => sfn.send(new DescribeExecutionCommand({ executionArn })));
  return toExecutionDetail(out, executionArn);
}
