import { decodeArnParam } from '@/components/routes';
import { guardActionRequest, stopRunningExecution, toActionResponse, toProblemResponse } from '@/lib/services';

export const dynamic = 'force-dynamic';

/** POST /executions/<arn>/actions/stop: stops a running execution (actions allowed, same origin only). */
export async function POST(request: Request, { params }: { params: Promise<{ arn: string }> }): Promise<Response> {
  const guard = await guardActionRequest(request, { maxBodyBytes: 1_024 });
  if (!guard.ok) return toProblemResponse(guard.status, guard.message);
  return toActionResponse(await stopRunningExecution(decodeArnParam((await params).arn)));
}
