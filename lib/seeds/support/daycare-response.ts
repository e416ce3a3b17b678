/** The `{ statusCode, body }` shape every daycare Lambda returns; the state machine routes on statusCode. */
export interface DaycareResponse {
  statusCode: 200 | 400;
  body: string;
}

/** `json.loads(event['body'])` of the previous step's response, as each later daycare Lambda starts. */
export function parseResponseBody(event: unknown): Record<string, unknown> {
  if (event === null || typeof event !== 'object' || typeof (event as { body?: unknown }).body !== 'string') {
    throw new TypeError("event['body'] must be a JSON string");
  }
  const parsed: unknown = JSON.parse((event as { body: string }).body);
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new TypeError('body is not a JSON object');
  return parsed as Record<string, unknown>;
}
