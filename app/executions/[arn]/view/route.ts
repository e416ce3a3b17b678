import { dataSourceProblemResponse, problemResponse } from '@/app/_sections/problem-response';
import { withRequestCache } from '@/app/_sections/request-cache';
import { decodeArnParam } from '@/components/routes';
import type { PackedExecutionView } from '@/lib/view-model/pack-execution-view';
import { derivedOnce, FINISHED_CACHE_CONTROL, finishedHistoryKey, type FinishedHistory } from '../_sections/finished-history-cache';
import { readCachedStop } from '../_sections/stopped-param';
import { packedViewKeptWith, readExecutionSource, readFinishedHistory, readPackedExecutionView } from '../_sections/read-execution-view';

export const dynamic = 'force-dynamic';

/** The packed view as JSON, serialized once per cached history: on the bench's 3,400-iteration Map it is about 330 KB. */
function packedJson(entry: FinishedHistory | undefined, packed: PackedExecutionView): string {
  return derivedOnce(entry, 'packed-json', () => JSON.stringify(packed));
}

/**
 * GET /executions/<arn>/view: the whole packed view (pack-execution-view.ts), every Map iteration's
 * and Parallel branch's visits included. A page whose document carried a partial view
 * (withhold-group-visits.ts) fetches it once its graph's canvas is drawn and the browser is idle
 * (use-whole-view.ts), naming the stop it shows (`?stopped=<ms>`): the history this server cached
 * for that stop answers without asking AWS again, and the browser's cached answer is not reused
 * after a redrive.
 */
async function answerGet(request: Request, { params }: { params: Promise<{ arn: string }> }): Promise<Response> {
  const executionArn = decodeArnParam((await params).arn);
  const stop = readCachedStop(executionArn, new URL(request.url).searchParams);
  if (!stop.ok) return problemResponse(400, stop.message);
  const cachedPacked = stop.cached && packedViewKeptWith(stop.cached);
  if (stop.cached && cachedPacked) {
    return new Response(packedJson(stop.cached, cachedPacked), {
      headers: { 'Content-Type': 'application/json', 'Cache-Control': FINISHED_CACHE_CONTROL },
    });
  }
  try {
    const { execution } = await readExecutionSource(executionArn);
    const packed = await readPackedExecutionView(executionArn);
    const finished = finishedHistoryKey(execution) !== undefined;
    return new Response(packedJson(await readFinishedHistory(executionArn), packed), {
      headers: { 'Content-Type': 'application/json', 'Cache-Control': finished ? FINISHED_CACHE_CONTROL : 'no-store' },
    });
  } catch (error) {
    return dataSourceProblemResponse(error);
  }
}

// One request cache per request: the reads above share DescribeExecution and the history.
export const GET = withRequestCache(answerGet);
