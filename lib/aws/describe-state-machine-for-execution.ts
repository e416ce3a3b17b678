import { DescribeStateMachineForExecutionCommand } from '@aws-sdk/client-sfn';
import { describeStateMachine } from './describe-state-machine';
import { parseExpressExecutionArn } from './express-arns';
import { sendSfn } from './send-sfn';
import { toDate } from './to-domain';
import type { StateMachineForExecution } from '../domain';

/** The definition the execution ran, which may differ from the state machine's current one. */
export async function describeStateMachineForExecution(executionArn: string): Promise<StateMachineForExecution> {
  // AWS refuses Express execution ARNs here
  // (docs/aws-behaviour.md#express-workflows-and-the-history-api); the current definition is the best
  // available.
  const express = parseExpressExecutionArn(executionArn);
  if (express) {
    const machine = await describeStateMachine(express.stateMachineArn);
    return {
      arn: machine.arn,
      name: machine.name,
      definition: machine.definition,
      roleArn: machine.roleArn,
      updatedAt: machine.createdAt,
      revisionId: machine.revisionId,
    };
  }
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
