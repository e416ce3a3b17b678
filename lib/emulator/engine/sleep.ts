import { ExecutionHalted } from './execution-errors';

/** Waits `ms` milliseconds, rejecting with ExecutionHalted as soon as any signal aborts. */
export function sleep(ms: number, signals: AbortSignal[]): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signals.some((s) => s.aborted)) {
      reject(new ExecutionHalted());
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      cleanup();
      reject(new ExecutionHalted());
    };
    const cleanup = () => signals.forEach((s) => s.removeEventListener('abort', onAbort));
    const timer = setTimeout(
      () => {
        cleanup();
        resolve();
      },
      Math.max(0, ms),
    );
    signals.forEach((s) => s.addEventListener('abort', onAbort, { once: true }));
  });
}
