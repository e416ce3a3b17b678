import { startServerScript, type EmulatorProcess } from './start-emulator-process';

/** answer-only-sfn-server.mjs in its own process, on loopback and a free port: the emulator bench's ceiling. */
export function startAnswerOnlyServer(): Promise<EmulatorProcess> {
  return startServerScript(new URL('./answer-only-sfn-server.mjs', import.meta.url), 'the answer-only server');
}
