import { cache } from 'react';
import { describeExecution, getExecutionHistoryPage, type HistoryEventRecord } from '@/lib/aws';
import { buildExecutionTimeline } from '@/lib/history/build-execution-timeline';
import { parseHistoryDocument } from '@/lib/history/parse-history-document';
import { mapEventsToOwningVisits } from '@/lib/view-model/map-events-to-visits';
import { toExecutionView } from '@/lib/view-model/to-execution-view';
import type { ExecutionView } from '@/lib/view-model/types';

/** DescribeExecution, once per request: the page awaits it for its status, the summary shows it. */
export const readExecution = cache((executionArn: string) => describeExecution(executionArn));

/** One history page, read once per request however many sections need it. */
export const readHistoryPage = cache((executionArn: string, nextToken: string | undefined) =>
  getExecutionHistoryPage(executionArn, nextToken),
);

/** Every history page, oldest first, through the same per-request page reads as the progress display. */
export const readHistory = cache(async (executionArn: string): Promise<HistoryEventRecord[]> => {
  const events: HistoryEventRecord[] = [];
  let nextToken: string | undefined;
  do {
    const page = await readHistoryPage(executionArn, nextToken);
    events.push(...page.events);
    nextToken = page.nextToken;
  } while (nextToken);
  return events;
});

export interface ExecutionViewData {
  view: ExecutionView;
  /** Event id → the visit it belongs to. */
  visitOfEvent: Map<number, { id: number; name: string }>;
  /** When the history was read: "now" for visits still running. */
  readAtMs: number;
}

/** The history reconstructed into the page's view model, once per request. */
export const readExecutionView = cache(async (executionArn: string): Promise<ExecutionViewData> => {
  const events = await readHistory(executionArn);
  const readAtMs = Date.now();
  const parsed = parseHistoryDocument(events, executionArn);
  const view = toExecutionView(buildExecutionTimeline(parsed.events, parsed));
  const visitOfEvent = new Map<number, { id: number; name: string }>();
  for (const [eventId, visit] of mapEventsToOwningVisits(view.visits)) visitOfEvent.set(eventId, { id: visit.id, name: visit.name });
  return { view, visitOfEvent, readAtMs };
});
