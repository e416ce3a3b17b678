import { judgeRequestOrigin, originHeadersOf } from '../../http/same-origin-request';
import { readRequestBody } from '../../http/read-request-body';
import { areActionsAllowed } from './are-actions-allowed';

export type GuardVerdict = { ok: true; body: string } | { ok: false; status: 400 | 403 | 413; message: string };

export const ACTIONS_OFF_MESSAGE =
  'Actions are off: start the dashboard with --allow-actions (statescope serve --allow-actions) to stop, redrive or start executions from it.';

/**
 * Lets a state-changing request through only when the dashboard was started with actions allowed and
 * the request comes from the dashboard's own pages (any web page can POST to 127.0.0.1); then reads
 * its body, at most `maxBodyBytes`.
 */
export async function guardActionRequest(
  request: Pick<Request, 'headers' | 'body'>,
  options: { maxBodyBytes: number; env?: Readonly<Record<string, string | undefined>> },
): Promise<GuardVerdict> {
  if (!areActionsAllowed(options.env)) return { ok: false, status: 403, message: ACTIONS_OFF_MESSAGE };
  const origin = judgeRequestOrigin(originHeadersOf(request));
  if (!origin.allowed) return { ok: false, status: 403, message: `Refused: ${origin.reason}` };
  const body = await readRequestBody(request, options.maxBodyBytes);
  return body.ok ? { ok: true, body: body.text } : body;
}
