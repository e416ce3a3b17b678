import { GetExecutionHistoryCommand } from '@aws-sdk/client-sfn';
import { readPages } from '../paging/read-pages';
import type { CostSfnCaller } from './cost-sfn-caller';
import { toHistoryEventRecord } from './get-execution-history';
import type { HistoryEventRecord } from '../domain';

/** One history without execution data, every page through the cost caller: the cost review needs event types and links, not payloads. */
export async function getExecutionHistoryWithoutData(caller: CostSfnCaller, executionArn: string): Promise<HistoryEventRecord[]> {
  const events: HistoryEventRecord[] = [];
  // One caller.send a page: each is counted, paced and retried on its own.
  const pages = readPages((nextToken) =>
    caller.send('GetExecutionHistory', executionArn, (sfn) =>
      sfn.send(new GetExecutionHistoryCommand({ executionArn, maxResults: 1000, includeExecutionData: false, nextToken })),
    ),
  );
  for await (const page of pages) for (const event of page.events ?? []) events.push(toHistoryEventRecord(event));
  return events;
}
