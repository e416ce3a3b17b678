import { DescribeStateMachineCommand } from '@aws-sdk/client-sfn';
import { sendSfn } from './send-sfn';
import { toDate, toStateMachineType } from './to-domain';
import type { StateMachineDetail } from '../domain';

export async function describeStateMachine(stateMachineArn: string): Promise<StateMachineDetail> {
  const out = await sendSfn('DescribeStateMachine', stateMachineArn, (sfn) =>
    sfn.send(new DescribeStateMachineCommand({ stateMachineArn })),
  );
  return {
    arn: out.stateMachineArn ?? stateMachineArn,
    name: out.name ?? '',
    type: toStateMachineType(out.type),
    createdAt: toDate(out.creationDate),
    status: out.status,
    definition: out.definition ?? '',
    roleArn: out.roleArn ?? '',
    description: out.description,
    revisionId: out.revisionId,
    loggingLevel: out.loggingConfiguration?.level,
    includeExecutionDataInLogs: out.loggingConfiguration?.includeExecutionData,
  };
}
