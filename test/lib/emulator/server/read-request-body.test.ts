import type { IncomingMessage } from 'node:http';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/emulator/server/api-error';
import { MAX_REQUEST_BYTES, readRequestBody, RequestAborted } from '@/lib/emulator/server/read-request-body';

/** A stream standing in for the request: the function only listens to data, end, error and close. */
function request(): PassThrough {
  return new PassThrough();
}

const read = (stream: PassThrough) => readRequestBody(stream as unknown as IncomingMessage);

describe('readRequestBody', () => {
  it('joins the chunks as UTF-8, a character split across chunks included', async () => {
    const stream = request();
    const body = read(stream);
    const bytes = Buffer.from('{"name":"café ✓"}', 'utf8');
    stream.write(bytes.subarray(0, 12));
    stream.write(bytes.subarray(12, 13));
    stream.end(bytes.subarray(13));
    await expect(body).resolves.toBe('{"name":"café ✓"}');
  });

  it('reads an empty body as the empty string', async () => {
    const stream = request();
    const body = read(stream);
    stream.end();
    await expect(body).resolves.toBe('');
  });

  it('accepts a body of exactly MAX_REQUEST_BYTES (4 MiB)', async () => {
    expect(MAX_REQUEST_BYTES).toBe(4 * 1024 * 1024);
    const stream = request();
    const body = read(stream);
    stream.end(Buffer.alloc(MAX_REQUEST_BYTES, 'a'));
    await expect(body).resolves.toHaveLength(MAX_REQUEST_BYTES);
  });

  it('refuses a larger body with HTTP 413 once the body has ended', async () => {
    const stream = request();
    const body = read(stream);
    stream.write(Buffer.alloc(MAX_REQUEST_BYTES, 'a'));
    stream.end(Buffer.from('b'));
    const error = await body.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'ValidationException', httpStatus: 413, message: 'The request body is larger than 4194304 bytes' });
  });

  it('rejects with the stream’s error', async () => {
    const stream = request();
    const body = read(stream);
    stream.destroy(new Error('socket hang up'));
    await expect(body).rejects.toThrow('socket hang up');
  });

  it('rejects with RequestAborted when the request closes before its body ends', async () => {
    const stream = request();
    const body = read(stream);
    stream.write('{"partial":');
    stream.destroy();
    const error = await body.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RequestAborted);
    expect(error).toMatchObject({ name: 'RequestAborted', message: 'the client closed the connection before the request body ended' });
  });

  it('still resolves when the stream closes after the body ended', async () => {
    const stream = request();
    const body = read(stream);
    stream.end('{}');
    await expect(body).resolves.toBe('{}');
    stream.destroy();
  });
});
