import { DescribeStateMachineForExecutionCommand } from '@aws-sdk/client-sfn';
import { sendSfn } from './send-sfn';
import { toDate } from './to-domain';
import type { StateMachineForExecution } from './types';

/** The definition the execution ran, which may differ from the state machine's current one. */
export async function describeStateMachineForExecution(executionArn: string): Promise<StateMachineForExecution> {
  const out = await sendSfn('DescribeStateMachineForExecution', executionArn, (sfn) =>
    sfn.send(new DescribeStateMachineForExecutionCommand({ executionArn })),
  );
  return {
    arn: out.stateMachineArn ?? '',
    name: out.name ?? '',
    definition: out.definition ?? '',
    roleArn: out.roleArn ?? '',
    updatedAt: toDate(out.updateDate),
    revisionId: out.revisionId,
    mapRunArn: out.mapRunArn,
    label: out.label,
  };
}
