import { dataSourceProblemResponse, problemResponse } from '@/app/_sections/problem-response';
import { decodeArnParam } from '@/components/routes';
import { readExecutionPayloadParam, type ExecutionPayload } from '@/lib/view-model/execution-payloads-preview';
import { readVisitIdParam, visitPayloadsOf } from '@/lib/view-model/visit-payloads';
import type { ExecutionView, VisitView } from '@/lib/view-model/types';
import { FINISHED_CACHE_CONTROL, finishedHistoryKey, type FinishedHistory } from '../_sections/finished-history-cache';
import { readExecutionSource, readExecutionView, readVisitIndex, viewKeptWith, visitIndexKeptWith } from '../_sections/read-execution-view';
import { readCachedStop } from '../_sections/stopped-param';
import { withRequestCache } from '@/app/_sections/request-cache';

export const dynamic = 'force-dynamic';

const cacheControl = (finished: boolean) => ({ 'Cache-Control': finished ? FINISHED_CACHE_CONTROL : 'no-store' });

/** `?execution=input|output`: the execution's own input or output, `{ text }`, which a page too large carried only the start of. */
async function answerExecutionPayload(
  executionArn: string,
  payload: ExecutionPayload,
  cached: FinishedHistory | undefined,
): Promise<Response> {
  const answer = (view: Pick<ExecutionView, 'input' | 'output' | 'status'>, finished: boolean) => {
    const text = view[payload];
    if (text !== undefined) return Response.json({ text }, { headers: cacheControl(finished) });
    const yet = payload === 'output' && view.status === 'RUNNING' ? ' yet: it is still running' : '';
    return problemResponse(404, `This execution has no ${payload}${yet}.`);
  };
  const cachedView = cached && viewKeptWith(cached);
  if (cachedView) return answer(cachedView.view, true);
  try {
    const { execution } = await readExecutionSource(executionArn);
    return answer((await readExecutionView(executionArn)).view, finishedHistoryKey(execution) !== undefined);
  } catch (error) {
    return dataSourceProblemResponse(error);
  }
}

/**
 * GET /executions/<arn>/payloads?visit=<entered event id>: one visit's input, output and Task
 * parameters (with their truncation flags), which the page's view leaves out; the inspector fetches
 * them when a visit is selected. `?execution=input|output` instead answers the execution's own.
 * Read from the history the page cached (a finished execution's) or from the data source. The page
 * adds `&stopped=<ms>` for a finished execution, which finds its cached history without asking AWS.
 */
async function answerGet(request: Request, { params }: { params: Promise<{ arn: string }> }): Promise<Response> {
  const executionArn = decodeArnParam((await params).arn);
  const search = new URL(request.url).searchParams;
  const stop = readCachedStop(executionArn, search);
  if (!stop.ok) return problemResponse(400, stop.message);
  const executionPayload = search.get('execution');
  if (executionPayload !== null) {
    const payload = readExecutionPayloadParam(executionPayload);
    if (!payload.ok) return problemResponse(400, payload.message);
    return answerExecutionPayload(executionArn, payload.payload, stop.cached);
  }
  const visit = readVisitIdParam(search.get('visit'));
  if (!visit.ok) return problemResponse(400, visit.message);
  const { visitId } = visit;
  const answer = (found: VisitView | undefined, finished: boolean) =>
    found
      ? Response.json(visitPayloadsOf(found), { headers: cacheControl(finished) })
      : problemResponse(404, `This execution has no visit ${visitId} (no state was entered at event ${visitId}).`);
  // The stop the page names, cached here: no DescribeExecution (the view route does the same).
  const cachedIndex = stop.cached && visitIndexKeptWith(stop.cached);
  if (cachedIndex) return answer(cachedIndex.byId.get(visitId), true);
  try {
    const { execution } = await readExecutionSource(executionArn);
    return answer((await readVisitIndex(executionArn)).byId.get(visitId), finishedHistoryKey(execution) !== undefined);
  } catch (error) {
    return dataSourceProblemResponse(error);
  }
}

// One request cache per request: the reads above share DescribeExecution and the history.
export const GET = withRequestCache(answerGet);
