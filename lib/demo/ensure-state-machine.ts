import {
  CreateStateMachineCommand,
  DescribeStateMachineCommand,
  paginateListStateMachines,
  UpdateStateMachineCommand,
} from '@aws-sdk/client-sfn';
import type { SFNClient } from '@aws-sdk/client-sfn';

/** What a demo role looks like on AWS; the emulator accepts any well-formed role ARN. */
export const DEMO_ROLE_ARN = 'arn:aws:iam::123456789012:role/service-role/StatescopeDemoStepFunctionsRole';

export type EnsureOutcome = 'created' | 'updated' | 'unchanged';

/** Finds a state machine by name, paging ListStateMachines as far as needed. */
export async function findStateMachineArn(client: SFNClient, name: string): Promise<string | undefined> {
  // Returning from the loop ends the paginator: no page after the match is requested.
  for await (const page of paginateListStateMachines({ client, pageSize: 1000 }, {})) {
    const found = page.stateMachines?.find((machine) => machine.name === name);
    if (found?.stateMachineArn) return found.stateMachineArn;
  }
  return undefined;
}

/**
 * Creates the state machine, or brings an existing one of that name up to date, so running the demo
 * again never duplicates anything and always deploys the current definitions.
 */
export async function ensureStateMachine(
  client: SFNClient,
  machine: { name: string; definition: string; roleArn?: string },
): Promise<{ arn: string; outcome: EnsureOutcome }> {
  const roleArn = machine.roleArn ?? DEMO_ROLE_ARN;
  let arn = await findStateMachineArn(client, machine.name);
  if (!arn) {
    try {
      const created = await client.send(
        new CreateStateMachineCommand({ name: machine.name, definition: machine.definition, roleArn, type: 'STANDARD' }),
      );
      if (!created.stateMachineArn) throw new Error(`CreateStateMachine of ${machine.name} answered without a stateMachineArn`);
      return { arn: created.stateMachineArn, outcome: 'created' };
    } catch (error) {
      // Another demo run created it between our list and our create: update that one instead.
      if (!(error instanceof Error && error.name === 'StateMachineAlreadyExists')) throw error;
      arn = await findStateMachineArn(client, machine.name);
      if (!arn) throw error;
    }
  }
  const current = await client.send(new DescribeStateMachineCommand({ stateMachineArn: arn }));
  if (current.definition === machine.definition && current.roleArn === roleArn) return { arn, outcome: 'unchanged' };
  await client.send(new UpdateStateMachineCommand({ stateMachineArn: arn, definition: machine.definition, roleArn }));
  return { arn, outcome: 'updated' };
}
