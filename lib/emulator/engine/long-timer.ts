/**
 * The longest delay a Node timer keeps: a longer one fires after 1 ms (TimeoutOverflowWarning), so a
 * 30-day Wait or a TimeoutSeconds of 25 days or more would end at once. Longer delays are chained
 * timers of at most this much.
 */
export const MAX_TIMER_MS = 2 ** 31 - 1;

/** Calls `onFire` once `ms` milliseconds have passed, however long that is; returns the cancel. */
export function startLongTimer(ms: number, onFire: () => void): () => void {
  const fireAt = Date.now() + Math.max(0, ms);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const arm = (remaining: number) => {
    timer = setTimeout(
      () => {
        const left = fireAt - Date.now();
        if (left > 0) arm(left);
        else onFire();
      },
      Math.min(MAX_TIMER_MS, Math.max(0, remaining)),
    );
  };
  arm(fireAt - Date.now());
  return () => clearTimeout(timer);
}
