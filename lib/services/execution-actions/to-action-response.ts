import { HTTP_STATUS_OF_ACTION_PROBLEM, type ActionOutcome, type ActionResult } from '../../execution-actions/types';

const NO_STORE = { 'Cache-Control': 'no-store' };

/** A route's JSON answer: `{ error, hint? }` with a status saying what failed. */
export function toProblemResponse(status: number, error: string, hint?: string): Response {
  return Response.json(hint ? { error, hint } : { error }, { status, headers: NO_STORE });
}

/** An action's outcome as the route answers it: 200 with the outcome, or the problem with its true status. */
export function toActionResponse(result: ActionResult<ActionOutcome>): Response {
  if (result.ok) return Response.json(result.value, { headers: NO_STORE });
  return toProblemResponse(HTTP_STATUS_OF_ACTION_PROBLEM[result.problem.kind], result.problem.message, result.problem.hint);
}
