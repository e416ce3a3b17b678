import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface EmulatorProcess {
  url: string;
  /** The emulator's own process, so a bench can read its memory use and CPU time. */
  child: ChildProcessWithoutNullStreams;
  stop: () => void;
}

const THIS_CHECKOUT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * `statescope emulator` in a process of its own on a free port, as a user runs it, so the bench's
 * client and the server do not share one event loop. Resolves once it prints where it listens.
 * `checkout` runs another checkout's emulator (an older commit, for a before/after in one run).
 */
export async function startEmulatorProcess(
  dataDir: string,
  extraArgs: readonly string[] = [],
  checkout: string = THIS_CHECKOUT,
): Promise<EmulatorProcess> {
  const child = spawn(
    process.execPath,
    [path.join(checkout, 'bin', 'statescope.js'), 'emulator', '--port', '0', '--data', dataDir, ...extraArgs],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  ) as unknown as ChildProcessWithoutNullStreams;
  const url = await waitForListening(child, 'the emulator');
  return { url, child, stop: () => child.kill('SIGTERM') };
}

/**
 * A bench server script (`script`, a URL of a .mjs file) in a process of its own, with `env` added to
 * the bench's: resolves once it prints where it listens, as `what`.
 */
export async function startServerScript(script: URL, what: string, env: Readonly<Record<string, string>> = {}): Promise<EmulatorProcess> {
  const child = spawn(process.execPath, [fileURLToPath(script)], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, ...env },
  }) as unknown as ChildProcessWithoutNullStreams;
  const url = await waitForListening(child, what);
  return { url, child, stop: () => child.kill('SIGTERM') };
}

/** Resolves with the URL of the first `listening on http://…` line the child prints. */
export function waitForListening(child: ChildProcessWithoutNullStreams, what: string): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match) resolve(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`${what} exited with code ${code} before listening`)));
  });
}
