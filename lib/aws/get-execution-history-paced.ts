import { GetExecutionHistoryCommand } from '@aws-sdk/client-sfn';
import { readPages } from '../paging/read-pages';
import type { CostSfnCaller } from './cost-sfn-caller';
import { toHistoryEventRecord } from './get-execution-history';
import type { HistoryEventRecord } from '../domain';

/** A Standard execution's whole history WITH execution data, every page (1,000 events) through the paced caller. */
export async function getExecutionHistoryPaced(caller: CostSfnCaller, executionArn: string): Promise<HistoryEventRecord[]> {
  const events: HistoryEventRecord[] = [];
  // One caller.send a page: each is counted, paced and retried on its own.
  const pages = readPages((nextToken) =>
    caller.send('GetExecutionHistory', executionArn, (sfn) =>
      sfn.send(new GetExecutionHistoryCommand({ executionArn, maxResults: 1000, includeExecutionData: true, nextToken })),
    ),
  );
  for await (const page of pages) for (const event of page.events ?? []) events.push(toHistoryEventRecord(event));
  return events;
}
