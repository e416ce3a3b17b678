import { dataSourceProblemResponse, problemResponse } from '@/app/_sections/problem-response';
import { decodeArnParam } from '@/components/routes';
import { readVisitIdParam, visitPayloadsOf } from '@/lib/view-model/visit-payloads';
import { finishedHistoryKey } from '../_sections/finished-history-cache';
import { readExecutionSource, readVisitIndex } from '../_sections/read-execution-view';
import { withRequestCache } from '@/app/_sections/request-cache';

export const dynamic = 'force-dynamic';

/**
 * GET /executions/<arn>/payloads?visit=<entered event id>: one visit's input, output and Task
 * parameters (with their truncation flags), which the page's view leaves out; the inspector fetches
 * them when a visit is selected. Read from the history the page cached (a finished execution's) or
 * from the data source.
 */
async function answerGet(request: Request, { params }: { params: Promise<{ arn: string }> }): Promise<Response> {
  const executionArn = decodeArnParam((await params).arn);
  const visit = readVisitIdParam(new URL(request.url).searchParams.get('visit'));
  if (!visit.ok) return problemResponse(400, visit.message);
  const { visitId } = visit;
  try {
    const { execution } = await readExecutionSource(executionArn);
    const visit = (await readVisitIndex(executionArn)).byId.get(visitId);
    if (!visit) return problemResponse(404, `This execution has no visit ${visitId} (no state was entered at event ${visitId}).`);
    const finished = finishedHistoryKey(execution) !== undefined;
    return Response.json(visitPayloadsOf(visit), {
      headers: { 'Cache-Control': finished ? 'private, max-age=3600, immutable' : 'no-store' },
    });
  } catch (error) {
    return dataSourceProblemResponse(error);
  }
}

// One request cache per request: the reads above share DescribeExecution and the history.
export const GET = withRequestCache(answerGet);
