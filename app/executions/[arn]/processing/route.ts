import { dataSourceProblemResponse, problemResponse } from '@/app/_sections/problem-response';
import { decodeArnParam } from '@/components/routes';
import { readRequestBody } from '@/lib/http/read-request-body';
import { judgeRequestOrigin, originHeadersOf } from '@/lib/http/same-origin-request';
import { replayStateProcessing } from '@/lib/services';
import { EDITED_INPUT_MAX_BYTES, parseEditedInputBody } from '@/lib/view-model/parse-edited-input';
import { readVisitIdParam } from '@/lib/view-model/visit-payloads';
import { readHistory } from '../_sections/read-execution-view';
import { withRequestCache } from '@/app/_sections/request-cache';

export const dynamic = 'force-dynamic';

/** Room for the JSON wrapper and escaping around an input at the size limit. */
const BODY_MAX_BYTES = EDITED_INPUT_MAX_BYTES * 2 + 1_024;

async function replay(request: Request, params: Promise<{ arn: string }>, editedInput?: string): Promise<Response> {
  const executionArn = decodeArnParam((await params).arn);
  const visit = readVisitIdParam(new URL(request.url).searchParams.get('visit'));
  if (!visit.ok) return problemResponse(400, visit.message);
  const { visitId } = visit;
  try {
    const events = await readHistory(executionArn);
    const view = await replayStateProcessing({ executionArn, events, visitId, editedInput });
    if (!view) return problemResponse(404, `This execution has no visit ${visitId} (no state was entered at event ${visitId}).`);
    return Response.json(view, { headers: { 'Cache-Control': 'no-store' } });
  } catch (error) {
    return dataSourceProblemResponse(error);
  }
}

/**
 * GET /executions/<arn>/processing?visit=<entered event id>: how the visit's recorded input became
 * its output, stage by stage, replayed by TestState with the recorded result mocked.
 */
async function answerGet(request: Request, { params }: { params: Promise<{ arn: string }> }): Promise<Response> {
  return replay(request, params);
}

/**
 * POST the same with `{"input": "<JSON text>"}`: the state run again on an edited input, its result
 * still the recorded one (mocked), so nothing real is invoked. Only from the dashboard's own pages.
 */
async function answerPost(request: Request, { params }: { params: Promise<{ arn: string }> }): Promise<Response> {
  const verdict = judgeRequestOrigin(originHeadersOf(request));
  if (!verdict.allowed) return problemResponse(403, `Refused: only the dashboard’s own pages may run a state again. ${verdict.reason}`);
  const body = await readRequestBody(request, BODY_MAX_BYTES);
  if (!body.ok) return problemResponse(body.status, body.message);
  const edited = parseEditedInputBody(body.text);
  if (!edited.ok) return problemResponse(400, edited.message);
  return replay(request, params, edited.input);
}

// One request cache per request: the reads above share DescribeExecution and the history.
export const GET = withRequestCache(answerGet);
export const POST = withRequestCache(answerPost);
