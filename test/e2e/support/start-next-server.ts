import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const NEXT_BIN = join('node_modules', 'next', 'dist', 'bin', 'next');

export interface NextServer {
  baseUrl: string;
  close: () => Promise<void>;
}

function runToCompletion(args: string[], env: NodeJS.ProcessEnv, cwd: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [NEXT_BIN, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`next ${args.join(' ')} exited ${code}:\n${output.slice(-4000)}`))));
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
    await runToCompletion(['build'], { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }, cwd);
  } finally {
    if (readFileSync(tsconfigPath, 'utf8') !== tsconfig) {
      writeFileSync(tsconfigPath, tsconfig);
      log('e2e: restored tsconfig.json after next build rewrote it (add ".next/dev/types/**/*.ts" to include to stop that)');
    }
  }
}

async function waitUntilAnswering(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited ${child.exitCode}:\n${output().slice(-4000)}`);
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

/** `next start` on 127.0.0.1:port with the given AWS settings; resolves once it answers HTTP. */
export async function startNextServer(options: { cwd: string; port: number; env: Record<string, string> }): Promise<NextServer> {
  const baseUrl = `http://127.0.0.1:${options.port}`;
  const child = spawn(
    process.execPath,
    [NEXT_BIN, 'start', '--hostname', '127.0.0.1', '--port', String(options.port)],
    { cwd: options.cwd, env: { ...process.env, ...options.env, NEXT_TELEMETRY_DISABLED: '1' }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  try {
    await waitUntilAnswering(baseUrl, child, () => output);
  } catch (error) {
    child.kill('SIGTERM');
    throw error;
  }
  return {
    baseUrl,
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
      }),
  };
}
