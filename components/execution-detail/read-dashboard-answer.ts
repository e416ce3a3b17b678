/** A JSON object as a route sends it, before its shape is known. */
export type DashboardBody = { readonly [member: string]: unknown };

/**
 * The JSON body of one of the dashboard's own routes (payloads, events, processing), or an Error that
 * says in words what went wrong: the route's `error` message, else its HTTP status. A body that is no
 * JSON object, or that `isAnswer` (when given) does not recognise, becomes that Error too.
 */
export async function readDashboardAnswer<T>(
  response: Response,
  isAnswer?: (body: DashboardBody) => body is DashboardBody & T,
): Promise<T> {
  const body: unknown = await response.json().catch(() => null);
  const object = typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as DashboardBody) : null;
  if (!response.ok || object === null || (isAnswer !== undefined && !isAnswer(object))) {
    const message = object?.error;
    throw new Error(typeof message === 'string' ? message : `The dashboard server answered HTTP ${response.status}.`);
  }
  // Without `isAnswer`, the caller trusts its route to send the type it names.
  return object as T;
}
