import { dataSourceProblemResponse } from '@/app/_sections/problem-response';
import { withRequestCache } from '@/app/_sections/request-cache';
import { decodeArnParam } from '@/components/routes';
import { derivedOnce, finishedHistoryKey } from '../_sections/finished-history-cache';
import { readExecutionSource, readFinishedHistory, readPackedExecutionView } from '../_sections/read-execution-view';

export const dynamic = 'force-dynamic';

/**
 * GET /executions/<arn>/view: the whole packed view (pack-execution-view.ts), every Map iteration's
 * and Parallel branch's visits included. A page whose document carried a partial view
 * (withhold-group-visits.ts) fetches it once its graph's canvas is drawn and the browser is idle
 * (use-whole-view.ts). Read from the history the page cached. The page adds `?stopped=<ms>` so that
 * the browser's cached answer is not reused after a redrive.
 */
async function answerGet(_request: Request, { params }: { params: Promise<{ arn: string }> }): Promise<Response> {
  const executionArn = decodeArnParam((await params).arn);
  try {
    const { execution } = await readExecutionSource(executionArn);
    const packed = await readPackedExecutionView(executionArn);
    // Serialized once per cached history: on the bench's 3,400-iteration Map it is about 330 KB.
    const body = derivedOnce(await readFinishedHistory(executionArn), 'packed-json', () => JSON.stringify(packed));
    const finished = finishedHistoryKey(execution) !== undefined;
    return new Response(body, {
      headers: { 'Content-Type': 'application/json', 'Cache-Control': finished ? 'private, max-age=3600, immutable' : 'no-store' },
    });
  } catch (error) {
    return dataSourceProblemResponse(error);
  }
}

// One request cache per request: the reads above share DescribeExecution and the history.
export const GET = withRequestCache(answerGet);
