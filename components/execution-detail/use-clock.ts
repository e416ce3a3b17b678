'use client';

import { useEffect, useState } from 'react';

/**
 * "Now" for drawing running visits, in epoch milliseconds: `stopMs` once the execution has stopped
 * (and then it never ticks); while it runs, `renderedAtMs` (the server's clock, so both sides render
 * the same markup) until the first tick, then the browser's clock every second.
 */
export function useClock(stopMs: number | null, renderedAtMs: number): number {
  const [nowMs, setNowMs] = useState(() => stopMs ?? renderedAtMs);
  useEffect(() => {
    if (stopMs !== null) return;
    const timer = setInterval(() => setNowMs(Date.now()), 1_000);
    return () => clearInterval(timer);
  }, [stopMs]);
  return nowMs;
}
