import { ExecutionHalted } from './execution-errors';
import { startLongTimer } from './long-timer';

/** Waits `ms` milliseconds (any length), rejecting with ExecutionHalted as soon as any signal aborts. */
export function sleep(ms: number, signals: AbortSignal[]): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signals.some((s) => s.aborted)) {
      reject(new ExecutionHalted());
      return;
    }
    const onAbort = () => {
      cancel();
      cleanup();
      reject(new ExecutionHalted());
    };
    const cleanup = () => signals.forEach((s) => s.removeEventListener('abort', onAbort));
    const cancel = startLongTimer(ms, () => {
      cleanup();
      resolve();
    });
    signals.forEach((s) => s.addEventListener('abort', onAbort, { once: true }));
  });
}
