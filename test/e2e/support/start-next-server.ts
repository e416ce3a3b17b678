import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startDashboard, type ClientLimits } from '@/lib/cli/shared/start-dashboard';

const NEXT_BIN = join('node_modules', 'next', 'dist', 'bin', 'next');

export interface NextServer {
  baseUrl: string;
  /** What the server process wrote to stdout and stderr so far. */
  output: () => string;
  close: () => Promise<void>;
}

function runToCompletion(args: string[], env: NodeJS.ProcessEnv, cwd: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [NEXT_BIN, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve(output) : reject(new Error(`next ${args.join(' ')} exited ${code}:\n${output.slice(-4000)}`)),
    );
  });
}

/** `next build`, unless STATESCOPE_E2E_SKIP_BUILD=1 and a build exists (fast local re-runs). */
export async function buildNextApp(cwd: string, log: (line: string) => void): Promise<void> {
  if (process.env.STATESCOPE_E2E_SKIP_BUILD === '1' && existsSync(join(cwd, process.env.STATESCOPE_NEXT_DIST_DIR || '.next', 'BUILD_ID'))) {
    log('e2e: reusing the existing .next build (STATESCOPE_E2E_SKIP_BUILD=1)');
    return;
  }
  log('e2e: next build…');
  // `next build` reformats tsconfig.json when its `include` lacks an entry it wants; a test run must
  // not leave the working tree changed, so the file is put back as it was.
  const tsconfigPath = join(cwd, 'tsconfig.json');
  const tsconfig = readFileSync(tsconfigPath, 'utf8');
  try {
    const output = await runToCompletion(['build'], { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }, cwd);
    // A warning about our code (e.g. a file read that makes the build trace the whole project) fails
    // the run: nobody reads a passing build's output.
    const warnings = output.indexOf('Turbopack build encountered');
    if (warnings !== -1) throw new Error(`next build warned about the code:\n${output.slice(warnings, warnings + 4000)}`);
  } finally {
    if (readFileSync(tsconfigPath, 'utf8') !== tsconfig) {
      writeFileSync(tsconfigPath, tsconfig);
      log('e2e: restored tsconfig.json after next build rewrote it (add ".next/dev/types/**/*.ts" to include to stop that)');
    }
  }
}

async function waitUntilAnswering(url: string, exited: () => boolean, output: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (exited()) throw new Error(`next start exited:\n${output().slice(-4000)}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
      await response.arrayBuffer();
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  throw new Error(`next start did not answer at ${url} within 60 s:\n${output().slice(-4000)}`);
}

/**
 * The dashboard as `statescope serve` runs it (startDashboard: `next start` of the existing build
 * behind the front server with its client limits) on 127.0.0.1:port with the given AWS settings;
 * resolves once it answers HTTP. `output()` is everything the server wrote to stdout and stderr.
 */
export async function startNextServer(options: {
  cwd: string;
  port: number;
  env: Record<string, string>;
  limits?: Partial<ClientLimits>;
}): Promise<NextServer> {
  let output = '';
  const dashboard = await startDashboard({
    port: options.port,
    env: { ...process.env, ...options.env },
    projectRoot: options.cwd,
    ensureBuilt: false,
    limits: options.limits,
    output: (chunk) => (output += chunk),
    log: () => undefined,
  });
  let exited = false;
  void dashboard.exited.then(() => (exited = true));
  try {
    await waitUntilAnswering(
      dashboard.url,
      () => exited,
      () => output,
    );
  } catch (error) {
    await dashboard.close();
    throw error;
  }
  return { baseUrl: dashboard.url, output: () => output, close: () => dashboard.close() };
}
