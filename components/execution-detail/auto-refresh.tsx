'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';

/** While an execution runs, re-reads the page every few seconds (server data only; the selection stays). */
export function AutoRefresh({ intervalMs = 5_000 }: { intervalMs?: number }) {
  const router = useRouter();
  const [paused, setPaused] = useState(false);
  const [refreshedAt, setRefreshedAt] = useState<Date | null>(null);
  useEffect(() => {
    if (paused) return;
    const timer = setInterval(() => {
      router.refresh();
      setRefreshedAt(new Date());
    }, intervalMs);
    return () => clearInterval(timer);
  }, [paused, intervalMs, router]);
  return (
    <div
      role="status"
      className="flex items-center gap-3 rounded-md border border-sky-300 bg-sky-50 px-4 py-2 text-sm text-sky-900 dark:border-sky-800 dark:bg-sky-950/40 dark:text-sky-200"
    >
      <span className={`h-2 w-2 rounded-full bg-sky-500 ${paused ? '' : 'animate-pulse'}`} aria-hidden="true" />
      <span>
        {paused ? 'Auto-refresh paused.' : `Still running: refreshing every ${Math.round(intervalMs / 1000)} s.`}
        {refreshedAt && <span className="ml-1 text-xs opacity-75">Last refresh {refreshedAt.toISOString().slice(11, 19)} UTC.</span>}
      </span>
      <button
        type="button"
        onClick={() => setPaused((value) => !value)}
        className="ml-auto rounded border border-sky-400 px-2 py-0.5 text-xs font-medium hover:bg-sky-100 dark:border-sky-700 dark:hover:bg-sky-900"
      >
        {paused ? 'Resume' : 'Pause'}
      </button>
    </div>
  );
}
