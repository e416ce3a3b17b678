import { dataSourceProblemResponse, problemResponse } from '@/app/_sections/problem-response';
import { selectHistoryEvents } from '@/components/history/select-history-events';
import { decodeArnParam } from '@/components/routes';
import { parsePageParam, visitsOfRows, type HistoryEventsPage } from '@/lib/view-model/history-events-page';
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
 */
async function answerGet(request: Request, { params }: { params: Promise<{ arn: string }> }): Promise<Response> {
  const executionArn = decodeArnParam((await params).arn);
  const search = new URL(request.url).searchParams;
  const page = parsePageParam(search.get('page'));
  if (page === undefined) return problemResponse(400, `"${search.get('page')}" is not a page number (a whole number from 1).`);
  const stop = readCachedStop(executionArn, search);
  if (!stop.ok) return problemResponse(400, stop.message);
  const type = search.get('type') || undefined;
  const answer = (events: HistoryEventRecord[], visitOfEvent: ExecutionViewData['visitOfEvent']) => {
    const selection = selectHistoryEvents(events, type, page, EXECUTION_EVENTS_PAGE_SIZE);
    const body: HistoryEventsPage = {
      page: selection.page,
      pageCount: selection.pageCount,
      rows: selection.rows,
      visits: visitsOfRows(selection.rows, visitOfEvent),
    };
    return Response.json(body, { headers: { 'Cache-Control': 'no-store' } });
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

// One request cache per request: the reads above share DescribeExecution and the history.
export const GET = withRequestCache(answerGet);
