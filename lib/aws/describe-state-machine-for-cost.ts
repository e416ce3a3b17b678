import { DescribeStateMachineCommand } from '@aws-sdk/client-sfn';
import type { CostSfnCaller } from './cost-sfn-caller';
import { toStateMachineType } from './to-domain';
import type { StateMachineType } from '../domain';

/** What the cost review needs of a state machine before it lists anything: its name and its type. */
export interface CostStateMachine {
  name: string;
  type: StateMachineType;
}

/** DescribeStateMachine through the cost caller (counted, paced, retried on throttling). */
export async function describeStateMachineForCost(caller: CostSfnCaller, stateMachineArn: string): Promise<CostStateMachine> {
  const machine = await caller.send('DescribeStateMachine', stateMachineArn, (sfn) =>
    sfn.send(new DescribeStateMachineCommand({ stateMachineArn })),
  );
  return {
    name: machine.name ?? stateMachineArn.split(':').at(-1) ?? stateMachineArn,
    type: toStateMachineType(machine.type),
  };
}
