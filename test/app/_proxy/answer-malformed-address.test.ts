import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { answerMalformedAddress, isDecodablePath } from '@/app/_proxy/answer-malformed-address';

// proxy.ts's check, without Next.js: which paths are let through, and what a bad one is answered.

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

const request = (pathname: string, method = 'GET') => ({ method, nextUrl: { pathname } });

describe('answerMalformedAddress', () => {
  it.each(['/', '/executions/arn%3Aaws%3Astates%3Aus-east-1%3A1%3Aexecution%3Am%3Ae', '/cost/%E2%82%AC', '/a%20b'])(
    'lets %s through',
    async (path) => {
      expect(isDecodablePath(path)).toBe(true);
      expect(await answerMalformedAddress(request(path))).toBeUndefined();
    },
  );

  it('answers a bad path with the page the server renders at /invalid-address, and status 400', async () => {
    let asked = '';
    server = createServer((req, res) => {
      asked = req.url ?? '';
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'X-Frame-Options': 'DENY' });
      res.end('<html>the page in the layout</html>');
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    process.env.__NEXT_PRIVATE_ORIGIN = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const answer = await answerMalformedAddress(request('/executions/%E0%A4%A'));
    expect(answer?.status).toBe(400);
    expect(answer?.headers.get('x-frame-options')).toBe('DENY');
    expect(await answer?.text()).toBe('<html>the page in the layout</html>');
    expect(asked).toBe(`/invalid-address?path=${encodeURIComponent('/executions/%E0%A4%A')}`);
  });

  it('falls back to a plain page, the path escaped, when the server cannot render it', async () => {
    delete process.env.__NEXT_PRIVATE_ORIGIN;
    delete process.env.PORT;
    const answer = await answerMalformedAddress(request('/executions/%<script>alert(1)</script>'));
    expect(answer?.status).toBe(400);
    const html = (await answer?.text()) ?? '';
    expect(html).toContain('This address is not a valid encoded ARN');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&#60;script&#62;');
  });

  it('answers HEAD with the status and no body', async () => {
    delete process.env.__NEXT_PRIVATE_ORIGIN;
    delete process.env.PORT;
    const answer = await answerMalformedAddress(request('/cost/%ZZ', 'HEAD'));
    expect(answer?.status).toBe(400);
    expect(await answer?.text()).toBe('');
  });
});
