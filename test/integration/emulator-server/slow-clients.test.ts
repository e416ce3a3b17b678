import net from 'node:net';
import { CreateStateMachineCommand, DescribeExecutionCommand, ListStateMachinesCommand, StartExecutionCommand } from '@aws-sdk/client-sfn';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_HTTP_LIMITS, type HttpLimits, type RunningEmulator } from '@/lib/emulator/start-emulator-server';
import { makeClient, makeDataDir, ROLE_ARN, startFakeEmulator } from '../../support/emulator-server/start-test-emulator';

const PASS = JSON.stringify({ StartAt: 'P', States: { P: { Type: 'Pass', End: true } } });
const HEAD =
  'POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Amz-Target: AWSStepFunctions.ListStateMachines\r\nContent-Type: application/x-amz-json-1.0\r\n';

interface SlowClient {
  socket: net.Socket;
  openedAt: number;
  /** When the server closed the connection, and the status line it sent first (if any). */
  closed: Promise<{ afterMs: number; statusLine: string }>;
}

/** A raw connection that sends the start of a request and then one more byte every `dribbleMs`, never finishing. */
function slowClient(port: number, kind: 'headers' | 'body', dribbleMs: number): Promise<SlowClient> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    const openedAt = Date.now();
    let received = '';
    socket.on('data', (chunk: Buffer) => {
      received += chunk.toString('latin1');
    });
    const closed = new Promise<{ afterMs: number; statusLine: string }>((done) => {
      socket.on('close', () => {
        clearInterval(timer);
        done({ afterMs: Date.now() - openedAt, statusLine: received.split('\r\n')[0] ?? '' });
      });
    });
    // A reset by the server is how some of these end; it is what the test waits for, not an error.
    socket.on('error', () => {});
    const timer = setInterval(() => {
      if (!socket.destroyed) socket.write(kind === 'headers' ? 'a' : ' ');
    }, dribbleMs);
    socket.once('connect', () => {
      socket.write(kind === 'headers' ? `${HEAD}X-Slow: ` : `${HEAD}Content-Length: 100000\r\n\r\n{`);
      resolve({ socket, openedAt, closed });
    });
    socket.once('error', reject);
  });
}

async function timed<T>(run: () => Promise<T>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

describe('stalled clients', () => {
  const data = makeDataDir();
  const limits: Partial<HttpLimits> = { headersTimeoutMs: 1_500, requestTimeoutMs: 3_000, connectionsCheckingIntervalMs: 100 };
  let emulator: RunningEmulator;

  beforeAll(async () => {
    emulator = await startFakeEmulator({ dataDir: data.dir, http: limits });
  });

  afterAll(async () => {
    await emulator.close();
    data.remove();
  });

  it('cannot hold the emulator: with 200 slow connections open, SDK calls answer within 1 s, and every slow one is cut at its timeout', async () => {
    expect(DEFAULT_HTTP_LIMITS.maxConnections).toBeGreaterThan(200 + 50);
    const slow = await Promise.all(Array.from({ length: 200 }, (_, i) => slowClient(emulator.port, i % 2 === 0 ? 'headers' : 'body', 200)));

    const sfn = makeClient(emulator);
    const durations: number[] = [];
    const { stateMachineArn } = await sfn.send(new CreateStateMachineCommand({ name: 'busy', definition: PASS, roleArn: ROLE_ARN }));
    for (let i = 0; i < 10; i++) {
      durations.push(await timed(() => sfn.send(new ListStateMachinesCommand({}))));
      durations.push(
        await timed(async () => {
          const { executionArn } = await sfn.send(new StartExecutionCommand({ stateMachineArn, name: `run-${i}` }));
          await sfn.send(new DescribeExecutionCommand({ executionArn }));
        }),
      );
    }
    // Every slow client was still connected while the calls ran: the load was real.
    expect(slow.every((client) => !client.socket.destroyed)).toBe(true);
    expect(Math.max(...durations)).toBeLessThan(1_000);

    const ends = await Promise.all(slow.map((client) => client.closed));
    const headerEnds = ends.filter((_, i) => i % 2 === 0);
    const bodyEnds = ends.filter((_, i) => i % 2 === 1);
    const slack = 1_000;
    for (const end of headerEnds) {
      expect(end.statusLine).toBe('HTTP/1.1 408 Request Timeout');
      expect(end.afterMs).toBeGreaterThanOrEqual(limits.headersTimeoutMs! - 50);
      expect(end.afterMs).toBeLessThan(limits.headersTimeoutMs! + slack);
    }
    for (const end of bodyEnds) {
      expect(end.statusLine).toBe('HTTP/1.1 408 Request Timeout');
      expect(end.afterMs).toBeGreaterThanOrEqual(limits.requestTimeoutMs! - 50);
      expect(end.afterMs).toBeLessThan(limits.requestTimeoutMs! + slack);
    }
    console.log(
      `slow clients: SDK calls max ${Math.round(Math.max(...durations))} ms; cut after headers ${Math.min(...headerEnds.map((e) => e.afterMs))}-${Math.max(...headerEnds.map((e) => e.afterMs))} ms, body ${Math.min(...bodyEnds.map((e) => e.afterMs))}-${Math.max(...bodyEnds.map((e) => e.afterMs))} ms`,
    );
    // And the emulator still serves.
    await expect(sfn.send(new ListStateMachinesCommand({}))).resolves.toMatchObject({ stateMachines: [{ stateMachineArn }] });
  });
});

describe('the connection cap', () => {
  const data = makeDataDir();
  let emulator: RunningEmulator;

  beforeAll(async () => {
    emulator = await startFakeEmulator({ dataDir: data.dir, http: { maxConnections: 3 } });
  });

  afterAll(async () => {
    await emulator.close();
    data.remove();
  });

  it('closes connections beyond maxConnections at once, and serves again when some go', async () => {
    const held = await Promise.all([1, 2, 3].map(() => slowClient(emulator.port, 'headers', 1_000)));
    // The server counts a connection once it has accepted it.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const extra = await slowClient(emulator.port, 'headers', 1_000);
    const end = await extra.closed;
    expect(end.statusLine).toBe('');
    expect(end.afterMs).toBeLessThan(1_000);

    for (const client of held) client.socket.destroy();
    await Promise.all(held.map((client) => client.closed));
    const sfn = makeClient(emulator);
    await expect(sfn.send(new ListStateMachinesCommand({}))).resolves.toMatchObject({ stateMachines: [] });
  });
});

describe('the default limits', () => {
  it('disconnect a client that has not sent its headers within 10 s or its whole request within 30 s', () => {
    expect(DEFAULT_HTTP_LIMITS).toEqual({
      headersTimeoutMs: 10_000,
      requestTimeoutMs: 30_000,
      connectionsCheckingIntervalMs: 1_000,
      maxConnections: 512,
    });
  });
});
