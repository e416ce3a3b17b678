'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useState, useSyncExternalStore, useTransition } from 'react';
import { formatRefreshInterval, isRefreshPaused, REFRESH_PAUSED_KEY } from './refresh-preference';

const CHANGED = 'statescope:refresh-paused';
const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';

function subscribe(onChange: () => void): () => void {
  const motion = window.matchMedia(REDUCED_MOTION);
  window.addEventListener('storage', onChange);
  window.addEventListener(CHANGED, onChange);
  motion.addEventListener('change', onChange);
  return () => {
    window.removeEventListener('storage', onChange);
    window.removeEventListener(CHANGED, onChange);
    motion.removeEventListener('change', onChange);
  };
}

function readPaused(): boolean {
  let stored: string | null = null;
  try {
    stored = window.localStorage.getItem(REFRESH_PAUSED_KEY);
  } catch {
    // Storage can be off (private modes, policies): the control still works for this page view.
  }
  return isRefreshPaused(stored, window.matchMedia(REDUCED_MOTION).matches);
}

function storePaused(paused: boolean): void {
  try {
    window.localStorage.setItem(REFRESH_PAUSED_KEY, String(paused));
  } catch {
    // See readPaused.
  }
  window.dispatchEvent(new Event(CHANGED));
}

/**
 * Re-reads the page's server data every `intervalMs` (router.refresh keeps the URL, scroll and focus)
 * until paused; the choice is remembered in localStorage. A hidden tab does not refresh.
 */
export function RefreshControl({ intervalMs = 30_000 }: { intervalMs?: number }) {
  const router = useRouter();
  // On the server (and the first client render) the control reads as paused, so no refresh can start
  // before the stored choice is known.
  const paused = useSyncExternalStore(subscribe, readPaused, () => true);
  const [refreshing, startRefresh] = useTransition();
  const [refreshedAt, setRefreshedAt] = useState<string | null>(null);
  useEffect(() => {
    if (paused) return;
    const timer = setInterval(() => {
      if (document.visibilityState === 'hidden') return;
      startRefresh(() => router.refresh());
      setRefreshedAt(new Date().toISOString().slice(11, 19));
    }, intervalMs);
    return () => clearInterval(timer);
  }, [paused, intervalMs, router]);
  return (
    <div className="flex flex-wrap items-center gap-2 text-xs text-zinc-600 dark:text-zinc-400" data-refresh-control="true">
      <button
        type="button"
        aria-pressed={paused}
        onClick={() => storePaused(!paused)}
        className={`rounded-md px-2.5 py-1 font-medium ring-1 ring-inset ${
          paused
            ? 'bg-zinc-800 text-white ring-zinc-800 dark:bg-zinc-200 dark:text-zinc-900 dark:ring-zinc-200'
            : 'text-zinc-800 ring-zinc-300 hover:bg-zinc-100 dark:text-zinc-200 dark:ring-zinc-700 dark:hover:bg-zinc-800'
        }`}
      >
        {/* One name for both states, as a toggle button must have: aria-pressed says which. */}
        Pause refresh
      </button>
      <span role="status" data-refresh-state={paused ? 'paused' : 'running'}>
        {paused ? 'Refresh paused.' : `Refreshing every ${formatRefreshInterval(intervalMs)}.`}
        {refreshing ? ' Refreshing…' : refreshedAt ? ` Last refresh ${refreshedAt} UTC.` : ''}
      </span>
    </div>
  );
}
