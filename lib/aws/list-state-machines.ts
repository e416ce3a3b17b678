import { paginateListStateMachines } from '@aws-sdk/client-sfn';
import { sendSfn } from './send-sfn';
import { toDate, toStateMachineType } from './to-domain';
import type { StateMachineSummary } from '../domain';

/** Every state machine in the account and region (all pages), sorted by name. */
export async function listStateMachines(): Promise<StateMachineSummary[]> {
  const machines: StateMachineSummary[] = [];
  // The whole paging inside one sendSfn, so a failure on any page is mapped the same way.
  await sendSfn('ListStateMachines', undefined, async (sfn) => {
    for await (const page of paginateListStateMachines({ client: sfn, pageSize: 1000 }, {})) {
      for (const item of page.stateMachines ?? []) {
        machines.push({
          arn: item.stateMachineArn ?? '',
          name: item.name ?? '',
          type: toStateMachineType(item.type),
          createdAt: toDate(item.creationDate),
        });
      }
    }
  });
  return machines.sort((a, b) => a.name.localeCompare(b.name));
}
