import { dataSourceProblemResponse, problemResponse } from '@/app/_sections/problem-response';
import { selectHistoryEvents } from '@/components/history/select-history-events';
import { decodeArnParam } from '@/components/routes';
import { parsePageParam, visitsOfRows, type HistoryEventsPage } from '@/lib/view-model/history-events-page';
import { EXECUTION_EVENTS_PAGE_SIZE } from '../_sections/events-page-size';
import { readExecutionView, readHistory } from '../_sections/read-execution-view';
import { withRequestCache } from '@/app/_sections/request-cache';

export const dynamic = 'force-dynamic';

/**
 * GET /executions/<arn>/events?page=<n>[&type=<event type>]: one page of the raw events table
 * (EXECUTION_EVENTS_PAGE_SIZE rows) with the visit of each row, so the table pages without
 * re-rendering the page. Read from the history the page cached (a finished execution's) or from the
 * data source. A page past the end answers the last one, as the page does.
 */
async function answerGet(request: Request, { params }: { params: Promise<{ arn: string }> }): Promise<Response> {
  const executionArn = decodeArnParam((await params).arn);
  const search = new URL(request.url).searchParams;
  const page = parsePageParam(search.get('page'));
  if (page === undefined) return problemResponse(400, `"${search.get('page')}" is not a page number (a whole number from 1).`);
  const type = search.get('type') || undefined;
  try {
    const events = await readHistory(executionArn);
    const { visitOfEvent } = await readExecutionView(executionArn);
    const selection = selectHistoryEvents(events, type, page, EXECUTION_EVENTS_PAGE_SIZE);
    const answer: HistoryEventsPage = {
      page: selection.page,
      pageCount: selection.pageCount,
      rows: selection.rows,
      visits: visitsOfRows(selection.rows, visitOfEvent),
    };
    return Response.json(answer, { headers: { 'Cache-Control': 'no-store' } });
  } catch (error) {
    return dataSourceProblemResponse(error);
  }
}

// One request cache per request: the reads above share DescribeExecution and the history.
export const GET = withRequestCache(answerGet);
