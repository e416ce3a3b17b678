import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import {
  Agent,
  createServer,
  request as httpRequest,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import { connect, createServer as createNetServer, type AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { ALLOW_ACTIONS_ENV } from '../../services/execution-actions/are-actions-allowed';
import { ImmutableAnswerCache } from './immutable-answer-cache';

// This file is lib/cli/shared/start-dashboard.ts: three levels below the repo root.
export const PROJECT_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** What the production build is made from. */
const BUILD_INPUT_DIRS = ['app', 'components', 'lib'];
// Not tsconfig.json: `next build` rewrites it after writing BUILD_ID, which would make every build look stale.
const BUILD_INPUT_FILES = ['next.config.mjs', 'proxy.ts', 'package.json', 'package-lock.json', 'postcss.config.mjs'];
// Node-only code the app never imports (it reaches the emulator over HTTP; the import rule is in
// eslint.config.mjs), so editing it must not cost a rebuild.
const NOT_IN_BUILD = new Set(['lib/emulator', 'lib/cli', 'lib/demo', 'lib/seeds']);

const READY_TIMEOUT_MS = 60_000;
const STOP_GRACE_MS = 5_000;
/**
 * V8 flags `next start` runs with: a young generation of 64 MB semi-spaces (V8 grows them to 16 MB by
 * default). Reading a 25,000-event history allocates tens of MB that live until the page is answered;
 * with 16 MB the collector copies them again and again. On the bench's history (read, reconstruct,
 * view, pack) it took a median of 100 ms instead of 148 ms, for up to about 100 MB more memory while
 * such a page is read.
 */
export const DASHBOARD_NODE_OPTIONS = '--max-semi-space-size=64';

/** `next start`'s environment: DASHBOARD_NODE_OPTIONS, then the user's NODE_OPTIONS, whose flags come later and so win. */
export function nextStartEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return { ...env, NODE_OPTIONS: [DASHBOARD_NODE_OPTIONS, env.NODE_OPTIONS?.trim()].filter(Boolean).join(' ') };
}

/** How long `next start` keeps an idle connection from the front server open (its default is 5 s). */
const NEXT_KEEP_ALIVE_MS = 15_000;
/** How long the front server keeps an idle connection to `next start`: well before Next.js closes it. */
const UPSTREAM_IDLE_MS = 4_000;

export interface RunningDashboard {
  url: string;
  /** Resolves with the exit code when `next start` exits, for whatever reason. */
  exited: Promise<number>;
  /** Stops the front server and `next start` (SIGTERM, then SIGKILL after a grace period). */
  close(): Promise<void>;
}

/**
 * What the dashboard's front server allows a client, so that slow or idle connections (slowloris)
 * cannot tie it up: `next start` has no setting for any of these.
 */
export interface ClientLimits {
  /** A client that has not sent its request headers within this time is answered 408 and disconnected. */
  headersTimeoutMs: number;
  /** The same for the whole request, headers and body. */
  requestTimeoutMs: number;
  /** How long a kept-alive connection may sit idle between requests. */
  keepAliveTimeoutMs: number;
  /** Open connections at most; one more is closed as soon as it is accepted. */
  maxConnections: number;
}

export const DEFAULT_CLIENT_LIMITS: ClientLimits = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
  maxConnections: 512,
};

export interface ClientGuard {
  url: string;
  close(): Promise<void>;
}

// Connection-level headers that apply to one hop only; Node sets its own for each side.
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'transfer-encoding',
  'te',
  'trailer',
  'upgrade',
  'proxy-authorization',
  'proxy-authenticate',
]);

function forwardedHeaders(headers: IncomingHttpHeaders): IncomingHttpHeaders {
  const connectionTokens = new Set(
    String(headers.connection ?? '')
      .toLowerCase()
      .split(',')
      .map((token) => token.trim()),
  );
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !HOP_BY_HOP.has(name) && !connectionTokens.has(name)));
}

function forwardedRawHeaders(raw: string[]): string[] {
  const kept: string[] = [];
  // Name, value, name, value, …; a trailing name without its value is dropped.
  for (let index = 0; index + 1 < raw.length; index += 2) {
    const name = raw[index];
    const value = raw[index + 1];
    if (name === undefined || value === undefined) break;
    if (!HOP_BY_HOP.has(name.toLowerCase())) kept.push(name, value);
  }
  return kept;
}

/** A request that may be sent twice: it changes nothing (RFC 9110 idempotent and safe) and has no body. */
function canRepeat(req: IncomingMessage): boolean {
  const hasBody = req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;
  return !hasBody && (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS');
}

function answerPlain(res: ServerResponse, status: number, text: string): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
  res.end(`${text}\n`);
}

/**
 * The dashboard's public HTTP server: Node's own server with the limits above, passing each request
 * as it is (Host included) to `next start` on a private loopback port and streaming the answer back.
 * Requests that arrive before Next.js is ready wait for `upstreamReady`.
 */
export async function startClientGuard(options: {
  host: string;
  port: number;
  upstream: { host: string; port: number };
  upstreamReady?: Promise<void>;
  limits?: Partial<ClientLimits>;
}): Promise<ClientGuard> {
  const limits = { ...DEFAULT_CLIENT_LIMITS, ...options.limits };
  // Idle connections to Next.js are closed here before Next.js would close them (NEXT_KEEP_ALIVE_MS), so a
  // request is not sent down a connection the other end is closing.
  const agent = new Agent({ keepAlive: true, maxSockets: limits.maxConnections, timeout: UPSTREAM_IDLE_MS });
  const ready = options.upstreamReady ?? Promise.resolve();
  const assets = new ImmutableAnswerCache();

  const forward = (req: IncomingMessage, res: ServerResponse, attempt = 1): void => {
    if (res.destroyed) return;
    const assetKey = assets.keyOf(req);
    const kept = assetKey === undefined ? undefined : assets.get(assetKey);
    if (kept) {
      res.writeHead(kept.status, kept.statusMessage, kept.rawHeaders);
      res.end(kept.body);
      return;
    }
    let answered = false;
    const upstream = httpRequest(
      {
        host: options.upstream.host,
        port: options.upstream.port,
        method: req.method,
        path: req.url,
        headers: forwardedHeaders(req.headers),
        // The second attempt on a connection of its own (`false`: one made for this request only).
        agent: attempt === 1 ? agent : false,
      },
      (answer) => {
        answered = true;
        const rawHeaders = forwardedRawHeaders(answer.rawHeaders);
        res.writeHead(answer.statusCode ?? 502, answer.statusMessage, rawHeaders);
        if (assetKey !== undefined) assets.offer(assetKey, answer, rawHeaders);
        answer.pipe(res);
        answer.once('error', () => res.destroy());
      },
    );
    upstream.once('error', (error: NodeJS.ErrnoException) => {
      // A kept-alive connection can be closed by Next.js just as a request goes down it; a request that
      // changes nothing is then sent once more, on a new connection, as browsers do.
      if (!answered && attempt === 1 && upstream.reusedSocket && canRepeat(req) && !res.destroyed) {
        forward(req, res, attempt + 1);
        return;
      }
      answerPlain(res, 502, `The dashboard server is not answering (${error.code ?? error.message}).`);
    });
    // A client that goes away mid-request or mid-answer frees the upstream request too.
    res.once('close', () => {
      if (!res.writableFinished) upstream.destroy();
    });
    if (attempt === 1) req.pipe(upstream);
    else upstream.end();
  };

  const server = createServer(
    {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      keepAliveTimeout: limits.keepAliveTimeoutMs,
      // How often Node looks for connections past those timeouts (its default is 30 s).
      connectionsCheckingInterval: Math.max(50, Math.min(1_000, Math.floor(limits.headersTimeoutMs / 4))),
    },
    (req, res) => {
      ready.then(
        () => forward(req, res),
        () => answerPlain(res, 503, 'The dashboard server did not start.'),
      );
    },
  );
  // Past the cap, Node closes each new connection as it is accepted. A client past a timeout, or
  // sending what is not HTTP, gets Node's own 408 / 400 and is disconnected; nothing is logged.
  server.maxConnections = limits.maxConnections;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://${options.host}:${address.port}`,
    close: () =>
      new Promise<void>((resolve) => {
        agent.destroy();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function newestMtimeMs(entry: string, relative: string): number {
  if (NOT_IN_BUILD.has(relative)) return 0;
  const stats = statSync(entry, { throwIfNoEntry: false });
  if (!stats) return 0;
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = 0;
  for (const child of readdirSync(entry)) {
    newest = Math.max(newest, newestMtimeMs(path.join(entry, child), `${relative}/${child}`));
  }
  return newest;
}

/**
 * Whether `next build` must run: no `.next/BUILD_ID`, or a source file newer than it. Deliberately
 * simple: modification times of the app's inputs against the marker Next writes last in a build. A
 * false "stale" costs a rebuild; a false "fresh" is impossible unless clocks go backwards.
 */
export function isDashboardBuildStale(projectRoot: string = PROJECT_ROOT): boolean {
  const buildId = path.join(projectRoot, '.next', 'BUILD_ID');
  if (!existsSync(buildId)) return true;
  const builtAtMs = statSync(buildId).mtimeMs;
  const inputs = [...BUILD_INPUT_DIRS, ...BUILD_INPUT_FILES];
  return inputs.some((input) => newestMtimeMs(path.join(projectRoot, input), input) > builtAtMs);
}

function nextBin(projectRoot: string): string {
  const bin = path.join(projectRoot, 'node_modules', '.bin', 'next');
  if (!existsSync(bin)) throw new Error(`${bin} not found: run 'npm install' first`);
  return bin;
}

function waitForExit(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode);
    else child.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** Runs `next build` with its output on our terminal; throws when it fails. */
export async function buildDashboard(env: NodeJS.ProcessEnv, projectRoot: string = PROJECT_ROOT): Promise<void> {
  const child = spawn(nextBin(projectRoot), ['build'], {
    cwd: projectRoot,
    env: { ...env, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: 'inherit',
  });
  const code = await waitForExit(child);
  if (code !== 0) throw new Error(`next build failed with exit code ${code}`);
}

function canConnect(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

function freeLoopbackPort(host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createNetServer();
    probe.once('error', reject);
    probe.listen(0, host, () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Builds the dashboard when needed, then serves it on 127.0.0.1:`port`: `next start` runs as a child
 * process with `env` (the data source is whatever AWS SDK settings `env` holds) on a private loopback
 * port, behind startClientGuard's server on `port`. Resolves once Next.js accepts connections.
 * `output` receives the child's stdout and stderr instead of this terminal; `ensureBuilt: false`
 * skips the build check (tests build once beforehand).
 */
export async function startDashboard(options: {
  port: number;
  env: NodeJS.ProcessEnv;
  log?: (line: string) => void;
  projectRoot?: string;
  limits?: Partial<ClientLimits>;
  output?: (chunk: string) => void;
  ensureBuilt?: boolean;
  /** The execution index the dashboard reads, absolute: `next start` runs in the project folder, not the user's. */
  indexFile?: string;
  /** How often the index is synced, so the dashboard knows how far behind it may be and still count exactly. */
  syncIntervalSeconds?: number;
  /** `--allow-actions`: the execution page may stop, redrive and start executions. Off unless set here. */
  allowActions?: boolean;
}): Promise<RunningDashboard> {
  const projectRoot = options.projectRoot ?? PROJECT_ROOT;
  const log = options.log ?? ((line: string) => console.log(line));
  const host = '127.0.0.1';
  const nextPort = await freeLoopbackPort(host);
  const env: NodeJS.ProcessEnv = {
    ...options.env,
    ...(options.indexFile ? { STATESCOPE_INDEX: path.resolve(options.indexFile) } : {}),
    ...(options.syncIntervalSeconds ? { STATESCOPE_SYNC_INTERVAL: String(options.syncIntervalSeconds) } : {}),
    NEXT_TELEMETRY_DISABLED: '1',
    PORT: String(nextPort),
  };
  applyActionsFlag(env, options.allowActions === true);
  if (options.ensureBuilt !== false && isDashboardBuildStale(projectRoot)) {
    log('Building the dashboard (next build); this happens once, and again after the sources change…');
    await buildDashboard(env, projectRoot);
  }

  // Checked first: otherwise the readiness probe below would mistake the other server for ours.
  if (await canConnect(host, options.port)) throw new Error(`port ${options.port} on ${host} is already in use (set PORT or --port)`);
  let markReady: () => void = () => undefined;
  let markFailed: (error: Error) => void = () => undefined;
  const upstreamReady = new Promise<void>((resolve, reject) => {
    markReady = resolve;
    markFailed = reject;
  });
  // Requests waiting on a start that failed are answered 503; nothing else awaits this promise then.
  upstreamReady.catch(() => undefined);
  const guard = await startClientGuard({
    host,
    port: options.port,
    upstream: { host, port: nextPort },
    upstreamReady,
    limits: options.limits,
  }).catch((error: unknown) => {
    const code = (error as { code?: unknown }).code;
    throw code === 'EADDRINUSE' ? new Error(`port ${options.port} on ${host} is already in use (set PORT or --port)`) : error;
  });

  const child = spawn(
    nextBin(projectRoot),
    ['start', '--hostname', host, '--port', String(nextPort), '--keepAliveTimeout', String(NEXT_KEEP_ALIVE_MS)],
    {
      cwd: projectRoot,
      env: nextStartEnv(env),
      stdio: ['ignore', options.output ? 'pipe' : 'inherit', options.output ? 'pipe' : 'inherit'],
    },
  );
  if (options.output) {
    const output = options.output;
    child.stdout?.on('data', (chunk: Buffer) => output(chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => output(chunk.toString()));
  }
  const exited = waitForExit(child);
  let hasExited = false;
  void exited.then(() => {
    hasExited = true;
    markFailed(new Error('next start exited'));
  });

  const close = async (): Promise<void> => {
    await guard.close();
    if (hasExited) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
    await exited;
    clearTimeout(timer);
  };

  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (!(await canConnect(host, nextPort))) {
    if (hasExited) {
      await guard.close();
      throw new Error(`next start exited with code ${await exited} before it was ready`);
    }
    if (Date.now() > deadline) {
      await close();
      throw new Error(`next start did not accept connections within ${READY_TIMEOUT_MS / 1000} s`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  markReady();
  return { url: guard.url, exited, close };
}

/** Sets the dashboard's actions switch from the flag alone: a variable left in the user's shell must not turn actions on. */
export function applyActionsFlag(env: NodeJS.ProcessEnv, allowActions: boolean): void {
  if (allowActions) env[ALLOW_ACTIONS_ENV] = '1';
  else delete env[ALLOW_ACTIONS_ENV];
}

/** The dashboard port: `--port`, else `$PORT`, else 3000. */
export function resolveDashboardPort(flag: string | boolean | undefined, envPort: string | undefined): number {
  const raw = typeof flag === 'string' ? flag : (envPort ?? '3000');
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65_535)
    throw new Error(`the dashboard port must be a number from 1 to 65535, got '${raw}'`);
  return port;
}

/** Resolves on the first SIGINT or SIGTERM, or when `alsoOn` settles (e.g. the dashboard died). */
export function waitForShutdown(alsoOn?: Promise<unknown>): Promise<string> {
  return new Promise((resolve) => {
    const onSignal = (signal: NodeJS.Signals): void => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      resolve(signal);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    void alsoOn?.then(() => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      resolve('exit');
    });
  });
}
