import { dataSourceProblemResponse, problemResponse } from '@/app/_sections/problem-response';
import { selectHistoryEvents } from '@/components/history/select-history-events';
import { decodeArnParam } from '@/components/routes';
import { formatDetailsOf } from '@/lib/view-model/event-table-rows';
import { parseEventParam, parsePageParam, toHistoryEventsPage } from '@/lib/view-model/history-events-page';
import { EXECUTION_EVENTS_PAGE_SIZE } from '../_sections/events-page-size';
import type { HistoryEventRecord } from '@/lib/aws';
import { readExecutionView, readHistory, viewKeptWith, type ExecutionViewData } from '../_sections/read-execution-view';
import { readCachedStop } from '../_sections/stopped-param';
import { withRequestCache } from '@/app/_sections/request-cache';

export const dynamic = 'force-dynamic';

/**
 * GET /executions/<arn>/events?page=<n>[&type=<event type>]: one page of the raw events table
 * (EXECUTION_EVENTS_PAGE_SIZE rows) with the visit of each row, so the table pages without
 * re-rendering the page. Read from the history the page cached (a finished execution's) or from the
 * data source; with `&stopped=<ms>` (a finished execution's page adds it), from the history cached for
 * that stop without asking AWS. A page past the end answers the last one, as the page does.
 * GET …/events?event=<id>: the whole details of one event, as indented JSON (`{ id, details }`), for
 * a row the page sent as a preview (toEventTableRow's `cut`).
 */
async function answerGet(request: Request, { params }: { params: Promise<{ arn: string }> }): Promise<Response> {
  const executionArn = decodeArnParam((await params).arn);
  const search = new URL(request.url).searchParams;
  const page = parsePageParam(search.get('page'));
  if (page === undefined) return problemResponse(400, `"${shorten(search.get('page'))}" is not a page number (a whole number from 1).`);
  const eventParam = search.get('event');
  const eventId = eventParam === null ? undefined : parseEventParam(eventParam);
  if (eventParam !== null && eventId === undefined) {
    return problemResponse(400, `"${shorten(eventParam)}" is not an event id (a whole number from 1).`);
  }
  const stop = readCachedStop(executionArn, search);
  if (!stop.ok) return problemResponse(400, stop.message);
  if (eventId !== undefined) {
    // One event's details need only the history: no view is derived for them.
    if (stop.cached) return answerEvent(stop.cached.events, eventId);
    try {
      return answerEvent(await readHistory(executionArn), eventId);
    } catch (error) {
      return dataSourceProblemResponse(error);
    }
  }
  const type = search.get('type') || undefined;
  const answer = (events: HistoryEventRecord[], visitOfEvent: ExecutionViewData['visitOfEvent']) => {
    const selection = selectHistoryEvents(events, type, page, EXECUTION_EVENTS_PAGE_SIZE);
    return Response.json(toHistoryEventsPage(selection, visitOfEvent), { headers: { 'Cache-Control': 'no-store' } });
  };
  // The stop the page names, cached here: no DescribeExecution (as the view and payloads routes).
  const cachedView = stop.cached && viewKeptWith(stop.cached);
  if (stop.cached && cachedView) return answer(stop.cached.events, cachedView.visitOfEvent);
  try {
    return answer(await readHistory(executionArn), (await readExecutionView(executionArn)).visitOfEvent);
  } catch (error) {
    return dataSourceProblemResponse(error);
  }
}

/** One event's whole details; events are in id order from 1, so its place is a guess checked first. */
function answerEvent(events: readonly HistoryEventRecord[], eventId: number): Response {
  const event = events[eventId - 1]?.id === eventId ? events[eventId - 1] : events.find((candidate) => candidate.id === eventId);
  if (!event) return problemResponse(404, `This execution's history has no event ${eventId} (it has ${events.length} events).`);
  return Response.json({ id: event.id, details: formatDetailsOf(event) ?? null }, { headers: { 'Cache-Control': 'no-store' } });
}

/** A parameter as an error message quotes it: a hostile 100 KB value is not sent back whole. */
function shorten(value: string | null): string {
  return value !== null && value.length > 40 ? `${value.slice(0, 40)}…` : String(value);
}

// One request cache per request: the reads above share DescribeExecution and the history.
export const GET = withRequestCache(answerGet);
