import { ListStateMachinesCommand } from '@aws-sdk/client-sfn';
import { sendSfn } from './send-sfn';
import { toDate, toStateMachineType } from './to-domain';
import type { StateMachineSummary } from './types';

/** Every state machine in the account and region (all pages), sorted by name. */
export async function listStateMachines(): Promise<StateMachineSummary[]> {
  const machines: StateMachineSummary[] = [];
  let nextToken: string | undefined;
  do {
    const page = await sendSfn('ListStateMachines', undefined, (sfn) =>
      sfn.send(new ListStateMachinesCommand({ maxResults: 1000, nextToken })),
    );
    for (const item of page.stateMachines ?? []) {
      machines.push({
        arn: item.stateMachineArn ?? '',
        name: item.name ?? '',
        type: toStateMachineType(item.type),
        createdAt: toDate(item.creationDate),
      });
    }
    nextToken = page.nextToken;
  } while (nextToken);
  return machines.sort((a, b) => a.name.localeCompare(b.name));
}
