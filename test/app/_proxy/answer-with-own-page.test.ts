import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { answerWithOwnPage, isOwnPageRequest, RENDER_MARK_HEADER } from '@/app/_proxy/answer-with-own-page';

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

async function serve(status: number): Promise<{ asked: { url?: string; mark?: string } }> {
  const asked: { url?: string; mark?: string } = {};
  server = createServer((req, res) => {
    asked.url = req.url;
    asked.mark = req.headers[RENDER_MARK_HEADER] as string | undefined;
    res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8', 'X-Frame-Options': 'DENY', 'X-Powered-By': 'x' });
    res.end('<html>the page</html>');
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  process.env.__NEXT_PRIVATE_ORIGIN = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { asked };
}

const FALLBACK = { body: 'plain words', contentType: 'text/plain; charset=utf-8' };

describe('answerWithOwnPage', () => {
  it("answers this server's own rendering of the page, marked, with the status asked and the page's headers", async () => {
    const { asked } = await serve(200);
    const answer = await answerWithOwnPage('GET', '/search?q=%24.a', 400, FALLBACK);
    expect(answer.status).toBe(400);
    expect(await answer.text()).toBe('<html>the page</html>');
    expect(answer.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(answer.headers.get('x-frame-options')).toBe('DENY');
    expect(answer.headers.get('x-powered-by')).toBeNull();
    expect(asked).toEqual({ url: '/search?q=%24.a', mark: '1' });
    expect(isOwnPageRequest(new Headers({ [RENDER_MARK_HEADER]: '1' }))).toBe(true);
    expect(isOwnPageRequest(new Headers())).toBe(false);
  });

  it('answers a HEAD request without a body', async () => {
    await serve(200);
    const answer = await answerWithOwnPage('HEAD', '/compare', 400, FALLBACK);
    expect(answer.status).toBe(400);
    expect(answer.body).toBeNull();
  });

  it('falls back to the plain answer when the page does not render or there is no server to ask', async () => {
    await serve(500);
    const broken = await answerWithOwnPage('GET', '/compare', 400, FALLBACK);
    expect([broken.status, await broken.text(), broken.headers.get('content-type')]).toEqual([400, 'plain words', FALLBACK.contentType]);
    delete process.env.__NEXT_PRIVATE_ORIGIN;
    delete process.env.PORT;
    const alone = await answerWithOwnPage('GET', '/compare', 400, FALLBACK);
    expect(await alone.text()).toBe('plain words');
  });
});
