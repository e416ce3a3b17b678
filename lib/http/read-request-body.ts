export type BodyVerdict = { ok: true; text: string } | { ok: false; status: 400 | 413; message: string };

/**
 * Reads a request body as UTF-8 text, refusing it once it passes `maxBytes` without reading the
 * rest: a route must not buffer whatever a client cares to send.
 */
export async function readRequestBody(request: Pick<Request, 'body' | 'headers'>, maxBytes: number): Promise<BodyVerdict> {
  const tooLarge = {
    ok: false,
    status: 413,
    message: `The request body is larger than ${maxBytes.toLocaleString('en-US')} bytes.`,
  } as const;
  const declared = Number(request.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes) return tooLarge;
  if (!request.body) return { ok: true, text: '' };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      return tooLarge;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, status: 400, message: 'The request body is not valid UTF-8 text.' };
  }
}
