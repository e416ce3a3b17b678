import { AsyncLocalStorage } from 'node:async_hooks';
import { format } from 'node:util';
import type { CapturedConsoleLine } from '../logs/to-lambda-log-messages';

export type { CapturedConsoleLine } from '../logs/to-lambda-log-messages';

const CONSOLE_LEVELS = { log: 'INFO', info: 'INFO', warn: 'WARN', error: 'ERROR', debug: 'DEBUG', trace: 'TRACE' } as const;
type ConsoleMethod = keyof typeof CONSOLE_LEVELS;

const capture = new AsyncLocalStorage<CapturedConsoleLine[]>();
let installed = false;

/**
 * Routes `console` calls made inside a handler invocation into that invocation's lines, as Lambda
 * sends them to the function's log group. AsyncLocalStorage keeps concurrent invocations (Map,
 * Parallel) apart; calls outside any invocation reach the real console unchanged.
 */
function installConsoleCapture(): void {
  if (installed) return;
  installed = true;
  for (const method of Object.keys(CONSOLE_LEVELS) as ConsoleMethod[]) {
    const original = console[method].bind(console);
    console[method] = (...args: unknown[]): void => {
      const lines = capture.getStore();
      if (!lines) return original(...args);
      lines.push({ timestampMs: Date.now(), level: CONSOLE_LEVELS[method], text: format(...args) });
    };
  }
}

let running = 0;

/**
 * Runs `run` with its console output (and that of everything it awaits) collected into `lines`.
 * While no invocation runs the storage is disabled: on Node 20 an enabled AsyncLocalStorage hooks
 * every promise the process creates, which would slow every request of the emulator from its first
 * Lambda task on. (Console output a handler makes after its invocation has settled reaches the real
 * console then, instead of the lines of an invocation already logged.)
 */
export function runCapturingConsole<T>(lines: CapturedConsoleLine[], run: () => T): T {
  installConsoleCapture();
  running++;
  let result: T;
  try {
    result = capture.run(lines, run);
  } catch (error) {
    invocationSettled();
    throw error;
  }
  if (isThenable(result)) result.then(invocationSettled, invocationSettled);
  else invocationSettled();
  return result;
}

function invocationSettled(): void {
  running--;
  if (running === 0) capture.disable();
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return value !== null && typeof value === 'object' && typeof (value as { then?: unknown }).then === 'function';
}
