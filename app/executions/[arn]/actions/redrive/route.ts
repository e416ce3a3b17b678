import { decodeArnParam } from '@/components/routes';
import { guardActionRequest, redriveFailedExecution, toActionResponse, toProblemResponse } from '@/lib/services';

export const dynamic = 'force-dynamic';

/** POST /executions/<arn>/actions/redrive: redrives a failed execution by AWS's rules (actions allowed, same origin only). */
export async function POST(request: Request, { params }: { params: Promise<{ arn: string }> }): Promise<Response> {
  const guard = await guardActionRequest(request, { maxBodyBytes: 1_024 });
  if (!guard.ok) return toProblemResponse(guard.status, guard.message);
  return toActionResponse(await redriveFailedExecution(decodeArnParam((await params).arn)));
}
