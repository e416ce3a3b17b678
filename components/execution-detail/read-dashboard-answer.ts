/**
 * The JSON body of one of the dashboard's own routes (payloads, events, processing), or an Error that
 * says in words what went wrong: the route's `error` message, else its HTTP status. `isAnswer` turns
 * a body of the wrong shape into that Error too.
 */
export async function readDashboardAnswer<T>(response: Response, isAnswer: (body: T) => boolean = () => true): Promise<T> {
  const body = (await response.json().catch(() => null)) as (T & { error?: string }) | null;
  if (!response.ok || body === null || !isAnswer(body))
    throw new Error(body?.error ?? `The dashboard server answered HTTP ${response.status}.`);
  return body;
}
