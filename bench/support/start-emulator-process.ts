import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface EmulatorProcess {
  url: string;
  /** The emulator's own process, so a bench can read its memory use. */
  child: ChildProcessWithoutNullStreams;
  stop: () => void;
}

/**
 * `statescope emulator` in a process of its own on a free port, as a user runs it, so the bench's
 * client and the server do not share one event loop. Resolves once it prints where it listens.
 */
export async function startEmulatorProcess(dataDir: string, extraArgs: readonly string[] = []): Promise<EmulatorProcess> {
  const child = spawn(
    process.execPath,
    [fileURLToPath(new URL('../../bin/statescope.js', import.meta.url)), 'emulator', '--port', '0', '--data', dataDir, ...extraArgs],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  ) as unknown as ChildProcessWithoutNullStreams;
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match) resolve(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`the emulator exited with code ${code} before listening`)));
  });
  return { url, child, stop: () => child.kill('SIGTERM') };
}
