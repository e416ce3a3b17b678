import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { waitForListening, type EmulatorProcess } from './start-emulator-process';

/** answer-only-sfn-server.mjs in its own process, on loopback and a free port: the emulator bench's ceiling. */
export async function startAnswerOnlyServer(): Promise<EmulatorProcess> {
  const child = spawn(process.execPath, [fileURLToPath(new URL('./answer-only-sfn-server.mjs', import.meta.url))], {
    stdio: ['ignore', 'pipe', 'inherit'],
  }) as unknown as ChildProcessWithoutNullStreams;
  const url = await waitForListening(child, 'the answer-only server');
  return { url, child, stop: () => child.kill('SIGTERM') };
}
