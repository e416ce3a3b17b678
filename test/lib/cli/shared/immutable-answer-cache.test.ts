import { once } from 'node:events';
import { createServer, get, type IncomingMessage, type OutgoingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { ImmutableAnswerCache } from '@/lib/cli/shared/immutable-answer-cache';

// The front server's copy of the build's hashed assets (start-dashboard.test.ts drives it through the
// front server); here the cache alone, fed real HTTP answers.

let server: Server | undefined;

afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

const IMMUTABLE = 'public, max-age=31536000, immutable';

/** One real answer with `status`, `headers` and `body`, read to its end by `read`. */
async function answerWith(status: number, headers: OutgoingHttpHeaders, body: string): Promise<IncomingMessage> {
  server = createServer((_req, res) => {
    res.writeHead(status, { Date: 'Thu, 01 Jan 2026 00:00:00 GMT', ...headers });
    res.end(body);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve) => get({ host: '127.0.0.1', port, path: '/', agent: false }, resolve));
}

async function read(answer: IncomingMessage): Promise<void> {
  answer.resume();
  await once(answer, 'end');
}

const request = (method: string, url: string, encoding?: string) =>
  ({ method, url, headers: encoding === undefined ? {} : { 'accept-encoding': encoding } }) as IncomingMessage;

describe('ImmutableAnswerCache', () => {
  it('keys a GET of a build asset by its path and Accept-Encoding, and nothing else', () => {
    const cache = new ImmutableAnswerCache();
    expect(cache.keyOf(request('GET', '/_next/static/chunks/a.js', 'gzip'))).toBe('/_next/static/chunks/a.js\ngzip');
    expect(cache.keyOf(request('GET', '/_next/static/chunks/a.js'))).toBe('/_next/static/chunks/a.js\n');
    for (const [method, url] of [
      ['HEAD', '/_next/static/chunks/a.js'],
      ['POST', '/_next/static/chunks/a.js'],
      ['GET', '/_next/static/chunks/a.js?v=2'],
      ['GET', '/executions/x'],
      ['GET', '/_next/image?url=x'],
    ] as const) {
      expect(cache.keyOf(request(method, url))).toBeUndefined();
    }
  });

  it('keeps a whole immutable 200, sent again with its own length and without its old Date', async () => {
    const cache = new ImmutableAnswerCache();
    const answer = await answerWith(200, { 'Content-Type': 'application/javascript', 'Cache-Control': IMMUTABLE }, 'console.log(1)');
    cache.offer('k', answer, ['Content-Type', 'application/javascript', 'Cache-Control', IMMUTABLE, 'Date', 'then']);
    expect(cache.get('k')).toBeUndefined(); // not before it has all of it
    await read(answer);
    expect(cache.get('k')).toEqual({
      status: 200,
      statusMessage: 'OK',
      rawHeaders: ['Content-Type', 'application/javascript', 'Cache-Control', IMMUTABLE, 'Content-Length', '14'],
      body: Buffer.from('console.log(1)'),
    });
  });

  it('keeps no answer that is not an immutable 200, nor one over 4 MB', async () => {
    const cases: [number, OutgoingHttpHeaders, string][] = [
      [200, { 'Cache-Control': 'no-store' }, 'page'],
      [404, { 'Cache-Control': IMMUTABLE }, 'missing'],
      [200, { 'Cache-Control': IMMUTABLE }, 'x'.repeat(4 * 1024 * 1024 + 1)],
    ];
    for (const [status, headers, body] of cases) {
      const cache = new ImmutableAnswerCache();
      const answer = await answerWith(status, headers, body);
      cache.offer('k', answer, []);
      await read(answer);
      expect(cache.get('k')).toBeUndefined();
      await new Promise<void>((resolve) => server?.close(() => resolve()));
      server = undefined;
    }
  });
});
