import { GetExecutionHistoryCommand, type HistoryEvent as SdkHistoryEvent } from '@aws-sdk/client-sfn';
import { readPages } from '../paging/read-pages';
import { isExpressExecutionArn } from './express-arns';
import { getExpressExecutionHistory } from './get-express-execution-history';
import { sendSfn } from './send-sfn';
import { toDate } from './to-domain';
import type { HistoryEventPage, HistoryEventRecord } from '../domain';

/** The largest page GetExecutionHistory allows (docs/aws-behaviour.md#getexecutionhistory). */
const MAX_PAGE_SIZE = 1000;

/** Keeps every field the SDK gave, including detail members newer than our types. */
export function toHistoryEventRecord(event: SdkHistoryEvent): HistoryEventRecord {
  return { ...event, id: event.id ?? 0, type: event.type ?? 'Unknown', timestamp: toDate(event.timestamp) };
}

/** One page of an execution's history, oldest first. Keep every argument but `nextToken` the same. */
export async function getExecutionHistoryPage(executionArn: string, nextToken?: string): Promise<HistoryEventPage> {
  // Express executions have no API history
  // (docs/aws-behaviour.md#express-workflows-and-the-history-api): one page, rebuilt from CloudWatch
  // Logs.
  if (isExpressExecutionArn(executionArn)) return { events: await getExpressExecutionHistory(executionArn) };
  const out = await sendSfn('GetExecutionHistory', executionArn, (sfn) =>
    sfn.send(
      new GetExecutionHistoryCommand({
        executionArn,
        maxResults: MAX_PAGE_SIZE,
        includeExecutionData: true,
        nextToken,
      }),
    ),
  );
  return { events: (out.events ?? []).map(toHistoryEventRecord), nextToken: out.nextToken };
}

/**
 * Every event of an execution's history, oldest first, read page by page.
 * `onPage` reports progress on long histories (up to 25,000 events, 25 pages).
 */
export async function getExecutionHistory(executionArn: string, onPage?: (loadedSoFar: number) => void): Promise<HistoryEventRecord[]> {
  const events: HistoryEventRecord[] = [];
  // Page by page through getExecutionHistoryPage, the one place that routes Express ARNs to the logs.
  for await (const page of readPages((nextToken) => getExecutionHistoryPage(executionArn, nextToken))) {
    events.push(...page.events);
    onPage?.(events.length);
  }
  return events;
}
