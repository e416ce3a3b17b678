import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { TaskInvoker } from './engine/types';
import { createEmulatorLogs, type EmulatorLogs } from './logs/emulator-logs';
import { logInterruptedEnd } from './logs/log-interrupted-end';
import { LocalS3 } from './map-runs/local-s3';
import { MapRunService } from './map-runs/map-run-service';
import { endInterruptedExecutions } from './store/end-interrupted-execution';
import { resolveHistoryRetentionMs, startHistoryRetention } from './store/history-retention';
import { openEmulatorStore } from './store/open-emulator-store';
import { createRequestListener } from './create-request-listener';
import type { EmulatorEngine } from './server/emulator-engine';
import { ExecutionRunner } from './server/execution-runner';
import { PageTokenCodec } from './server/page-token-codec';
import { TokenBucketThrottle, type ThrottleConfig } from './server/token-bucket-throttle';

export interface EmulatorOptions {
  /** 0 picks a free port. Default 8083, the port of Step Functions Local. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Folder of the SQLite database. Default ./.statescope/emulator. */
  dataDir?: string;
  handlersDir?: string;
  /** 1 = real time; smaller makes Wait states and retry back-offs shorter. */
  timeScale?: number;
  /** Default 123456789012, the account of Step Functions Local. */
  accountId?: string;
  throttle?: ThrottleConfig;
  /** Limits against stalled or greedy clients (DEFAULT_HTTP_LIMITS); tests shorten them. */
  http?: Partial<HttpLimits>;
  /**
   * Drops closed Standard executions this many days after they stopped, as AWS does after 90 days
   * (not listed any more, ExecutionDoesNotExist). Default: kept for ever.
   */
  historyRetentionDays?: number;
  /** The same in milliseconds, for tests; wins over historyRetentionDays. */
  historyRetentionMs?: number;
}

export interface HttpLimits {
  /** A client that has not sent all its headers by then is disconnected (HTTP 408). */
  headersTimeoutMs: number;
  /** A client that has not sent its whole request (headers and body) by then is disconnected. */
  requestTimeoutMs: number;
  /** How often Node checks the two timeouts above, so a stalled client goes within this much of them. */
  connectionsCheckingIntervalMs: number;
  /** Connections beyond this many are closed as soon as they are accepted. */
  maxConnections: number;
}

// Node's own defaults (60 s for headers, 300 s per request, checked every 30 s) let a handful of slow
// clients hold the emulator for minutes.
export const DEFAULT_HTTP_LIMITS: HttpLimits = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  connectionsCheckingIntervalMs: 1_000,
  maxConnections: 512,
};

export interface RunningEmulator {
  url: string;
  port: number;
  /** Ends running executions (see endInterruptedExecution), stops the server and closes the database. */
  close(): Promise<void>;
  /** Resolves when no execution is running (tests and benchmarks). */
  whenIdle(): Promise<void>;
}

export const DEFAULT_DATA_DIR = path.join('.statescope', 'emulator');
export const DEFAULT_ACCOUNT_ID = '123456789012';

/** Thrown when the port is taken, so the CLI can say so plainly. */
export class PortInUseError extends Error {
  constructor(
    readonly host: string,
    readonly port: number,
  ) {
    super(`port ${port} on ${host} is already in use (choose another with --port, or 0 for any free port)`);
    this.name = 'PortInUseError';
  }
}

/**
 * Starts the emulator with the given engine and task invoker; startEmulator wires in the real ones.
 * The invoker may be made from the emulator's logs, so handlers can write their Lambda log groups.
 */
export async function startEmulatorServer(
  options: EmulatorOptions,
  engine: EmulatorEngine,
  invokerOrFactory: TaskInvoker | ((logs: EmulatorLogs) => TaskInvoker),
): Promise<RunningEmulator> {
  const host = options.host ?? '127.0.0.1';
  const accountId = options.accountId ?? DEFAULT_ACCOUNT_ID;
  const retentionMs = resolveHistoryRetentionMs(options);
  const dataDir = options.dataDir ?? DEFAULT_DATA_DIR;
  const store = openEmulatorStore(dataDir);
  // Log records are written in the same transaction as the history events of their turn: one commit, not two.
  const logs = createEmulatorLogs(store.db, Date.now, (flush) => store.writeBeforeCommit(flush));
  const invoker = typeof invokerOrFactory === 'function' ? invokerOrFactory(logs) : invokerOrFactory;
  const interrupted = store.listRunningExecutions();
  endInterruptedExecutions(store);
  for (const execution of interrupted) logInterruptedEnd(store, logs.writer, execution);

  // The token secret lives in the database so that tokens stay valid across a restart.
  let secret = store.getMeta('page_token_secret');
  if (!secret) {
    secret = randomBytes(32).toString('base64');
    store.setMeta('page_token_secret', secret);
  }
  const runner = new ExecutionRunner({
    store,
    engine,
    invoker,
    accountId,
    timeScale: options.timeScale ?? 1,
    onEvent: (execution, revision, event) => logs.writer.write(execution, revision, event),
    // ItemReader and ResultWriter read and write s3://BUCKET/KEY as <data dir>/s3/BUCKET/KEY.
    mapRuns: new MapRunService(store, new LocalS3(path.join(dataDir, 's3'))),
  });
  const listener = createRequestListener({
    context: { store, logs, runner, engine, tokens: new PageTokenCodec(Buffer.from(secret, 'base64')), accountId, nowMs: Date.now },
    throttle: new TokenBucketThrottle(options.throttle ?? {}),
  });
  const limits: HttpLimits = { ...DEFAULT_HTTP_LIMITS, ...options.http };
  const server = createServer(
    {
      keepAliveTimeout: 5_000,
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      connectionsCheckingInterval: limits.connectionsCheckingIntervalMs,
    },
    listener,
  );
  server.maxConnections = limits.maxConnections;

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 8083, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    store.close();
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') throw new PortInUseError(host, options.port ?? 8083);
    throw error;
  }

  // After the interrupted executions were ended, so those closed long ago go too.
  const retention = retentionMs === undefined ? undefined : startHistoryRetention(store, retentionMs);
  const { port } = server.address() as AddressInfo;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${urlHost}:${port}`,
    port,
    whenIdle: () => runner.whenIdle(),
    close() {
      closing ??= (async () => {
        const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeAllConnections();
        retention?.stop();
        runner.close();
        logs.writer.flush();
        store.close();
        await stopped;
      })();
      return closing;
    },
  };
}
