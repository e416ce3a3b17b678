import { once } from 'node:events';
import { networkInterfaces } from 'node:os';
import { connect, type Socket } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { findFreePort } from './support/find-free-port';
import { startNextServer, type NextServer } from './support/start-next-server';
import { openRawSocket, whenClosed } from '../support/raw-socket';

// The dashboard as `statescope serve` and `demo` start it (startDashboard), with the header timeout
// shortened from 10 s to 1.5 s so the test does not wait: slow clients are cut off, and they cannot
// keep an ordinary page from answering.

const HEADERS_TIMEOUT_MS = 1_500;
const SLOW_CLIENTS = 200;

describe('slow clients', () => {
  let server: NextServer | undefined;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    server = await startNextServer({
      cwd: process.cwd(),
      port: await findFreePort(),
      env: {
        AWS_ENDPOINT_URL: inject('emulatorUrl'),
        AWS_REGION: 'us-east-1',
        AWS_ACCESS_KEY_ID: 'statescope-e2e',
        AWS_SECRET_ACCESS_KEY: 'statescope-e2e',
        AWS_EC2_METADATA_DISABLED: 'true',
      },
      limits: { headersTimeoutMs: HEADERS_TIMEOUT_MS, requestTimeoutMs: 3_000 },
    });
  });
  afterEach(() => {
    for (const socket of sockets.splice(0)) socket.destroy();
  });
  afterAll(async () => {
    await server?.close();
  });

  const port = () => Number(new URL(server!.baseUrl).port);

  const openSocket = (host = '127.0.0.1') => openRawSocket(host, port(), sockets);

  it('listens on 127.0.0.1 only', async () => {
    expect(new URL(server!.baseUrl).hostname).toBe('127.0.0.1');
    const outside = Object.values(networkInterfaces())
      .flat()
      .find((address) => address && address.family === 'IPv4' && !address.internal);
    if (!outside) return;
    const socket = connect({ host: outside.address, port: port() });
    const [error] = (await once(socket, 'error')) as [NodeJS.ErrnoException];
    expect(error.code).toBe('ECONNREFUSED');
  });

  it(`answers a page quickly while ${SLOW_CLIENTS} clients hold connections with half-sent headers`, async () => {
    const slow = await Promise.all(Array.from({ length: SLOW_CLIENTS }, () => openSocket()));
    for (const socket of slow) socket.write('GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ');
    const started = Date.now();
    const response = await fetch(`${server!.baseUrl}/no-such-page`, { signal: AbortSignal.timeout(10_000) });
    await response.text();
    expect(response.status).toBe(404);
    expect(Date.now() - started).toBeLessThan(HEADERS_TIMEOUT_MS);
    // They were all still connected while the page answered, and are all cut off after the timeout.
    expect(slow.filter((socket) => socket.destroyed)).toHaveLength(0);
    const closed = await Promise.all(slow.map(whenClosed));
    expect(closed.every(({ received }) => received.startsWith('HTTP/1.1 408'))).toBe(true);
  });

  it('disconnects a client that has not sent its headers within the timeout', async () => {
    const slow = await openSocket();
    const closed = whenClosed(slow);
    slow.write('GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n');
    const { received, afterMs } = await closed;
    expect(received).toMatch(/^HTTP\/1\.1 408/);
    expect(afterMs).toBeGreaterThanOrEqual(HEADERS_TIMEOUT_MS - 200);
    expect(afterMs).toBeLessThan(HEADERS_TIMEOUT_MS + 2_000);
  });

  it('disconnects a client that opens a connection and sends nothing', async () => {
    const idle = await openSocket();
    const { afterMs } = await whenClosed(idle);
    expect(afterMs).toBeLessThan(HEADERS_TIMEOUT_MS + 6_000);
  });
});
