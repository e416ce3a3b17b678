import type { ActionOutcome, ExecutionAction } from '@/lib/execution-actions/types';

export type PostedAction = { ok: true; outcome: ActionOutcome } | { ok: false; message: string };

/** The route of an action on an execution: `/executions/<arn>/actions/<action>`. */
export function actionHref(executionArn: string, action: ExecutionAction): string {
  return `/executions/${encodeURIComponent(executionArn)}/actions/${action}`;
}

function readProblem(body: unknown, status: number): string {
  if (typeof body === 'object' && body !== null) {
    const { error, hint } = body as { error?: unknown; hint?: unknown };
    if (typeof error === 'string') return typeof hint === 'string' ? `${error} ${hint}` : error;
  }
  return `The dashboard answered HTTP ${status}.`;
}

/**
 * POSTs an action to the dashboard's own route (the browser adds Origin, which the route checks) and
 * returns its outcome or the route's message, never a throw: a lost connection is a message too.
 */
export async function postAction(
  executionArn: string,
  action: ExecutionAction,
  body?: string,
  send: typeof fetch = fetch,
): Promise<PostedAction> {
  let response: Response;
  try {
    response = await send(actionHref(executionArn, action), {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
      body: body ?? '',
    });
  } catch {
    return { ok: false, message: 'The dashboard did not answer; check that it is still running.' };
  }
  const answer: unknown = await response.json().catch(() => undefined);
  if (!response.ok) return { ok: false, message: readProblem(answer, response.status) };
  return { ok: true, outcome: answer as ActionOutcome };
}
