import { decodeArnParam } from '@/components/routes';
import { MAX_EXECUTION_INPUT_BYTES, validateExecutionInput } from '@/lib/execution-actions/validate-execution-input';
import { guardActionRequest, startNewExecution, toActionResponse, toProblemResponse } from '@/lib/services';

export const dynamic = 'force-dynamic';

/**
 * POST /executions/<arn>/actions/start with the new execution's JSON input as the body: starts a new
 * execution of the same state machine (actions allowed, same origin only).
 */
export async function POST(request: Request, { params }: { params: Promise<{ arn: string }> }): Promise<Response> {
  const guard = await guardActionRequest(request, { maxBodyBytes: MAX_EXECUTION_INPUT_BYTES });
  if (!guard.ok) return toProblemResponse(guard.status, guard.message);
  const input = validateExecutionInput(guard.body);
  if (!input.ok) return toProblemResponse(400, input.message);
  return toActionResponse(await startNewExecution(decodeArnParam((await params).arn), input.input));
}
