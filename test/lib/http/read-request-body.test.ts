import { describe, expect, it } from 'vitest';
import { readRequestBody } from '@/lib/http/read-request-body';

const post = (body: BodyInit | null, headers: Record<string, string> = {}) =>
  new Request('http://127.0.0.1/x', { method: 'POST', body, headers });

describe('readRequestBody', () => {
  it('reads a body within the limit as text', async () => {
    expect(await readRequestBody(post('{"a":"é"}'), 100)).toEqual({ ok: true, text: '{"a":"é"}' });
    expect(await readRequestBody(post(null), 100)).toEqual({ ok: true, text: '' });
  });

  it('answers 413 for a body past the limit, declared or streamed', async () => {
    expect(await readRequestBody(post('x'.repeat(11)), 10)).toEqual({
      ok: false,
      status: 413,
      message: 'The request body is larger than 10 bytes.',
    });
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.enqueue(new Uint8Array(8));
      },
    });
    // An endless body without Content-Length is cut off after the limit, not read to the end.
    const request = new Request('http://127.0.0.1/x', { method: 'POST', body: stream, duplex: 'half' } as RequestInit);
    expect(await readRequestBody(request, 20)).toMatchObject({ ok: false, status: 413 });
  });

  it('answers 400 for bytes that are not UTF-8', async () => {
    expect(await readRequestBody(post(new Uint8Array([0xff, 0xfe])), 10)).toEqual({
      ok: false,
      status: 400,
      message: 'The request body is not valid UTF-8 text.',
    });
  });
});
