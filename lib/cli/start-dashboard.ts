import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { connect } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** What the production build is made from. */
const BUILD_INPUT_DIRS = ['app', 'components', 'lib'];
// Not tsconfig.json: `next build` rewrites it after writing BUILD_ID, which would make every build look stale.
const BUILD_INPUT_FILES = ['next.config.mjs', 'package.json', 'package-lock.json', 'postcss.config.mjs'];
// Node-only code the app never imports (it reaches the emulator over HTTP; the import rule is in
// eslint.config.mjs), so editing it must not cost a rebuild.
const NOT_IN_BUILD = new Set(['lib/emulator', 'lib/cli', 'lib/demo', 'lib/seeds']);

const READY_TIMEOUT_MS = 60_000;
const STOP_GRACE_MS = 5_000;

export interface RunningDashboard {
  url: string;
  /** Resolves with the exit code when `next start` exits, for whatever reason. */
  exited: Promise<number>;
  /** Stops `next start` (SIGTERM, then SIGKILL after a grace period). */
  close(): Promise<void>;
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
  const child = spawn(nextBin(projectRoot), ['build'], { cwd: projectRoot, env: { ...env, NEXT_TELEMETRY_DISABLED: '1' }, stdio: 'inherit' });
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

/**
 * Builds the dashboard when needed, then runs `next start` on 127.0.0.1:`port` as a child process
 * with `env` (the data source is whatever AWS SDK settings `env` holds) and waits until it accepts
 * connections.
 */
export async function startDashboard(options: {
  port: number;
  env: NodeJS.ProcessEnv;
  log?: (line: string) => void;
  projectRoot?: string;
}): Promise<RunningDashboard> {
  const projectRoot = options.projectRoot ?? PROJECT_ROOT;
  const log = options.log ?? ((line: string) => console.log(line));
  const env: NodeJS.ProcessEnv = { ...options.env, NEXT_TELEMETRY_DISABLED: '1', PORT: String(options.port) };
  if (isDashboardBuildStale(projectRoot)) {
    log('Building the dashboard (next build); this happens once, and again after the sources change…');
    await buildDashboard(env, projectRoot);
  }

  const host = '127.0.0.1';
  // Checked first: otherwise the readiness probe below would mistake the other server for ours.
  if (await canConnect(host, options.port)) throw new Error(`port ${options.port} on ${host} is already in use (set PORT or --port)`);
  const child = spawn(nextBin(projectRoot), ['start', '--hostname', host, '--port', String(options.port)], {
    cwd: projectRoot,
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const exited = waitForExit(child);
  let hasExited = false;
  void exited.then(() => (hasExited = true));

  const close = async (): Promise<void> => {
    if (hasExited) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
    await exited;
    clearTimeout(timer);
  };

  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (!(await canConnect(host, options.port))) {
    if (hasExited) throw new Error(`next start exited with code ${await exited} before it was ready (is port ${options.port} free?)`);
    if (Date.now() > deadline) {
      await close();
      throw new Error(`next start did not accept connections on port ${options.port} within ${READY_TIMEOUT_MS / 1000} s`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { url: `http://${host}:${options.port}`, exited, close };
}

/** The dashboard port: `--port`, else `$PORT`, else 3000. */
export function resolveDashboardPort(flag: string | boolean | undefined, envPort: string | undefined): number {
  const raw = typeof flag === 'string' ? flag : (envPort ?? '3000');
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65_535) throw new Error(`the dashboard port must be a number from 1 to 65535, got '${raw}'`);
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
