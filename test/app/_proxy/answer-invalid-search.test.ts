import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { answerInvalidSearch, RENDER_MARK_HEADER } from '@/app/_proxy/answer-invalid-search';

// proxy.ts's search check, without Next.js: which searches pass, and what an unreadable one is answered.

const saved = { origin: process.env.__NEXT_PRIVATE_ORIGIN, port: process.env.PORT };
let server: Server | undefined;

afterEach(async () => {
  process.env.__NEXT_PRIVATE_ORIGIN = saved.origin;
  process.env.PORT = saved.port;
  if (saved.origin === undefined) delete process.env.__NEXT_PRIVATE_ORIGIN;
  if (saved.port === undefined) delete process.env.PORT;
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

function request(path: string, headers: Record<string, string> = {}, method = 'GET') {
  const url = new URL(path, 'http://127.0.0.1');
  return { method, headers: new Headers(headers), nextUrl: { pathname: url.pathname, search: url.search, searchParams: url.searchParams } };
}

describe('answerInvalidSearch', () => {
  it.each(['/search', '/search?q=ORD-20483', '/search?q=machine%3Aorders+%24.amount+%3E+100&status=FAILED', '/failures?q=%24.a+%3E'])(
    'lets %s through',
    async (path) => {
      expect(await answerInvalidSearch(request(path))).toBeUndefined();
    },
  );

  it('lets its own rendering request through', async () => {
    expect(await answerInvalidSearch(request('/search?q=%24.a+%3E', { [RENDER_MARK_HEADER]: '1' }))).toBeUndefined();
  });

  it('answers an unreadable query with the page the server renders, and status 400', async () => {
    let asked: { url?: string; mark?: string } = {};
    server = createServer((req, res) => {
      asked = { url: req.url, mark: req.headers[RENDER_MARK_HEADER] as string | undefined };
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end('<html>the search page with the message</html>');
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    process.env.__NEXT_PRIVATE_ORIGIN = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const answer = await answerInvalidSearch(request('/search?q=%24.amount+%3E'));
    expect(answer?.status).toBe(400);
    expect(await answer?.text()).toBe('<html>the search page with the message</html>');
    expect(answer?.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(asked).toEqual({ url: '/search?q=%24.amount+%3E', mark: '1' });
  });

  it('says the problem in plain text when the page cannot be fetched', async () => {
    delete process.env.__NEXT_PRIVATE_ORIGIN;
    delete process.env.PORT;
    const answer = await answerInvalidSearch(request('/search?status=DONE'));
    expect(answer?.status).toBe(400);
    expect(await answer?.text()).toBe(
      "This search cannot be run: unknown status 'DONE': expected RUNNING, SUCCEEDED, FAILED, TIMED_OUT, ABORTED, PENDING_REDRIVE\n",
    );
  });
});
