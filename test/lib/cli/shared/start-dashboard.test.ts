import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { openRawSocket, whenClosed } from '../../../support/raw-socket';
import { afterEach, describe, expect, it } from 'vitest';
import {
  applyActionsFlag,
  DASHBOARD_NODE_OPTIONS,
  nextStartEnv,
  PROJECT_ROOT,
  startClientGuard,
  type ClientGuard,
  type ClientLimits,
} from '@/lib/cli/shared/start-dashboard';

// The dashboard's front server (the one `statescope serve` and `demo` expose) against a stand-in for
// `next start`, so the limits are tested in seconds without a Next.js build. test/e2e/slow-clients
// runs the same against the real dashboard.

const HOST = '127.0.0.1';
let upstream: Server | undefined;
let guard: ClientGuard | undefined;
const sockets: Socket[] = [];

afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy();
  await guard?.close();
  guard = undefined;
  await new Promise<void>((resolve) => (upstream ? upstream.close(() => resolve()) : resolve()));
  upstream?.closeAllConnections();
  upstream = undefined;
});

/** A stand-in for Next.js: echoes what it received, as JSON. */
async function startUpstream(): Promise<number> {
  upstream = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      res.writeHead(req.url === '/missing' ? 404 : 200, {
        'Content-Type': 'application/json',
        'X-Upstream': 'yes',
        Connection: 'keep-alive',
      });
      res.end(
        JSON.stringify({ method: req.method, url: req.url, host: req.headers.host, connection: req.headers.connection ?? null, body }),
      );
    });
  });
  upstream.listen(0, HOST);
  await once(upstream, 'listening');
  return (upstream.address() as AddressInfo).port;
}

async function start(limits: Partial<ClientLimits> = {}): Promise<{ url: string; port: number }> {
  const upstreamPort = await startUpstream();
  guard = await startClientGuard({ host: HOST, port: 0, upstream: { host: HOST, port: upstreamPort }, limits });
  return { url: guard.url, port: Number(new URL(guard.url).port) };
}

/** A raw connection, kept until the test ends. */
function openSocket(port: number): Promise<Socket> {
  return openRawSocket(HOST, port, sockets);
}

describe('the dashboard front server', () => {
  it('passes requests through unchanged, Host and body included, and the answer back', async () => {
    const { url, port } = await start();
    const response = await fetch(`${url}/state-machines/a%3Ab?status=FAILED`, { method: 'POST', body: 'payload' });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-upstream')).toBe('yes');
    expect(await response.json()).toEqual({
      method: 'POST',
      url: '/state-machines/a%3Ab?status=FAILED',
      host: `${HOST}:${port}`,
      connection: 'keep-alive',
      body: 'payload',
    });
    expect((await fetch(`${url}/missing`)).status).toBe(404);
  });

  it('binds the host it is given, 127.0.0.1 for the dashboard', async () => {
    const { url } = await start();
    expect(new URL(url).hostname).toBe('127.0.0.1');
  });

  it('disconnects a client that has not sent its headers in time, with 408', async () => {
    const { port } = await start({ headersTimeoutMs: 600, requestTimeoutMs: 2_000 });
    const slow = await openSocket(port);
    const closed = whenClosed(slow);
    slow.write('GET / HTTP/1.1\r\nHost: x\r\n');
    const { received, afterMs } = await closed;
    expect(received).toMatch(/^HTTP\/1\.1 408/);
    expect(afterMs).toBeGreaterThanOrEqual(500);
    expect(afterMs).toBeLessThan(3_000);
  });

  it('disconnects a client that trickles its headers byte by byte (the timer does not restart)', async () => {
    const { port } = await start({ headersTimeoutMs: 600, requestTimeoutMs: 2_000 });
    const slow = await openSocket(port);
    const closed = whenClosed(slow);
    const request = 'GET / HTTP/1.1\r\nHost: x\r\nX-Slow: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\r\n';
    let index = 0;
    const timer = setInterval(() => {
      if (!slow.destroyed && index < request.length) slow.write(request[index++]!);
    }, 50);
    const { afterMs } = await closed;
    clearInterval(timer);
    expect(afterMs).toBeLessThan(3_000);
  });

  it('disconnects a client that sends its headers but not its whole body in time', async () => {
    const { port } = await start({ headersTimeoutMs: 400, requestTimeoutMs: 1_000 });
    const slow = await openSocket(port);
    const closed = whenClosed(slow);
    slow.write('POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nonly part of it');
    const { received, afterMs } = await closed;
    expect(received).toMatch(/^HTTP\/1\.1 408/);
    expect(afterMs).toBeGreaterThanOrEqual(900);
    expect(afterMs).toBeLessThan(4_000);
  });

  it('answers an ordinary request quickly while 200 slow clients hold connections', async () => {
    const { url, port } = await start({ headersTimeoutMs: 10_000, requestTimeoutMs: 30_000 });
    const slow = await Promise.all(Array.from({ length: 200 }, () => openSocket(port)));
    for (const socket of slow) socket.write('GET / HTTP/1.1\r\nHost: x\r\nX-Partial: ');
    const started = Date.now();
    const response = await fetch(`${url}/`, { signal: AbortSignal.timeout(5_000) });
    expect(response.status).toBe(200);
    await response.arrayBuffer();
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(slow.every((socket) => !socket.destroyed)).toBe(true);
  });

  it('caps open connections: one past the cap is closed at once, and a slot frees when one leaves', async () => {
    const { url, port } = await start({ maxConnections: 5 });
    const held = await Promise.all(Array.from({ length: 5 }, () => openSocket(port)));
    const extra = await openSocket(port);
    const { afterMs } = await whenClosed(extra);
    expect(afterMs).toBeLessThan(1_000);
    held[0]!.destroy();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await fetch(`${url}/`, { signal: AbortSignal.timeout(5_000) })).status).toBe(200);
  });

  it('answers 502 when Next.js is not answering', async () => {
    const { url } = await start();
    await new Promise<void>((resolve) => upstream!.close(() => resolve()));
    upstream!.closeAllConnections();
    const response = await fetch(`${url}/`, { headers: { connection: 'close' } });
    expect(response.status).toBe(502);
  });

  it('sends a GET again on a new connection when Next.js closes the kept-alive one it went down, but never a POST', async () => {
    // A stand-in for Next.js closing an idle connection just as the front server reuses it: every
    // request after a connection's first is dropped unanswered.
    upstream = createServer((req, res) => {
      const served = (req.socket as Socket & { served?: number }).served ?? 0;
      (req.socket as Socket & { served?: number }).served = served + 1;
      if (served > 0) {
        req.socket.destroy();
        return;
      }
      req.resume();
      req.on('end', () => res.end(`${req.method} ${req.url}`));
    });
    upstream.listen(0, HOST);
    await once(upstream, 'listening');
    guard = await startClientGuard({ host: HOST, port: 0, upstream: { host: HOST, port: (upstream.address() as AddressInfo).port } });

    const first = await fetch(`${guard.url}/first`);
    expect(await first.text()).toBe('GET /first');
    const again = await fetch(`${guard.url}/again`);
    expect(again.status).toBe(200);
    expect(await again.text()).toBe('GET /again');

    // The retry's connection was its own; a fresh one is kept for the POST to go down.
    expect(await (await fetch(`${guard.url}/fresh`)).text()).toBe('GET /fresh');
    const post = await fetch(`${guard.url}/change`, { method: 'POST', body: 'x' });
    expect(post.status).toBe(502);
    expect(await post.text()).toMatch(/^The dashboard server is not answering \((ECONNRESET|EPIPE|socket hang up)\)\./);
  });

  it('answers a build asset Next.js called immutable from its own copy the second time, headers and body alike', async () => {
    // A stand-in for Next.js's file serving: counts what reaches it; build assets are immutable,
    // a page is not, and a large asset passes through.
    const asked: string[] = [];
    const large = 'x'.repeat(5 * 1024 * 1024);
    upstream = createServer((req, res) => {
      asked.push(`${req.url} ${req.headers['accept-encoding'] ?? ''}`);
      const asset = req.url?.startsWith('/_next/static/') === true && !req.url.includes('missing');
      res.writeHead(asset || req.url === '/page' ? 200 : 404, {
        'Content-Type': 'application/javascript; charset=UTF-8',
        'Cache-Control': asset ? 'public, max-age=31536000, immutable' : 'no-store',
        'X-Content-Type-Options': 'nosniff',
        ...(req.headers['accept-encoding'] === 'gzip' ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
      });
      res.end(req.url?.includes('large') ? large : `served ${req.url} for ${req.headers['accept-encoding'] ?? 'anything'}`);
    });
    upstream.listen(0, HOST);
    await once(upstream, 'listening');
    guard = await startClientGuard({ host: HOST, port: 0, upstream: { host: HOST, port: (upstream.address() as AddressInfo).port } });
    // The copy is sent with its length; the first answer came as Next.js framed it (here chunked).
    const FRAMING = new Set(['date', 'content-length', 'transfer-encoding']);
    const get = async (path: string, encoding = 'identity') => {
      const response = await fetch(`${guard!.url}${path}`, { headers: { 'accept-encoding': encoding } });
      const body = encoding === 'identity' ? await response.text() : '';
      return { status: response.status, body, headers: Object.fromEntries([...response.headers].filter(([name]) => !FRAMING.has(name))) };
    };

    const first = await get('/_next/static/chunks/a.js');
    const second = await get('/_next/static/chunks/a.js');
    expect(second).toEqual(first);
    expect(first.body).toBe('served /_next/static/chunks/a.js for identity');
    expect(first.headers).toMatchObject({ 'cache-control': 'public, max-age=31536000, immutable', 'x-content-type-options': 'nosniff' });
    expect(asked).toEqual(['/_next/static/chunks/a.js identity']);

    // Kept apart per Accept-Encoding; never for a page, a miss, a query or a file over 4 MB.
    await get('/_next/static/chunks/a.js', 'gzip');
    await get('/_next/static/chunks/a.js', 'gzip');
    for (const path of ['/page', '/_next/static/missing.js', '/_next/static/chunks/a.js?v=2', '/_next/static/large.js']) {
      await get(path);
      await get(path);
    }
    expect(asked).toEqual([
      '/_next/static/chunks/a.js identity',
      '/_next/static/chunks/a.js gzip',
      ...['/page', '/_next/static/missing.js', '/_next/static/chunks/a.js?v=2', '/_next/static/large.js'].flatMap((path) => [
        `${path} identity`,
        `${path} identity`,
      ]),
    ]);
    expect((await get('/_next/static/large.js')).body).toHaveLength(large.length);
  });
});

describe('nextStartEnv', () => {
  it("runs next start with a larger young generation, and the user's NODE_OPTIONS after it so theirs win", () => {
    expect(DASHBOARD_NODE_OPTIONS).toBe('--max-semi-space-size=64');
    const plain = nextStartEnv({ ...process.env, NODE_OPTIONS: undefined, STATESCOPE_PROBE: 'kept' });
    expect(plain.NODE_OPTIONS).toBe('--max-semi-space-size=64');
    expect(plain.STATESCOPE_PROBE).toBe('kept');
    const tuned = nextStartEnv({ ...process.env, NODE_OPTIONS: ' --max-semi-space-size=8 --enable-source-maps ' });
    expect(tuned.NODE_OPTIONS).toBe('--max-semi-space-size=64 --max-semi-space-size=8 --enable-source-maps');
  });
});

describe('applyActionsFlag', () => {
  it('turns the execution page’s actions on with --allow-actions only, whatever the shell had', () => {
    const inherited = { STATESCOPE_ALLOW_ACTIONS: '1', PATH: '/bin' } as Partial<NodeJS.ProcessEnv> as NodeJS.ProcessEnv;
    applyActionsFlag(inherited, false);
    expect(inherited).toEqual({ PATH: '/bin' });
    applyActionsFlag(inherited, true);
    expect(inherited).toEqual({ PATH: '/bin', STATESCOPE_ALLOW_ACTIONS: '1' });
  });
});

describe('PROJECT_ROOT', () => {
  it('is the repo root, where next, .next/ and node_modules/.bin live (serve and demo start Next.js from it)', () => {
    const manifest = JSON.parse(readFileSync(`${PROJECT_ROOT}package.json`, 'utf8')) as { name?: string };
    expect(manifest.name).toBe('statescope');
  });
});
