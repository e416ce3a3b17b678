'use client';

import { useEffect, useState } from 'react';

/** What the progress route returns; mirrors lib/aws's CostReviewStatus as plain JSON. */
interface ProgressView {
  stage: 'waiting' | 'describing' | 'listing' | 'reading' | 'done';
  done: number;
  total: number | null;
  stateMachineName?: string;
  stateMachineIndex?: number;
  stateMachineCount?: number;
  finished?: boolean;
}

const POLL_MS = 400;

function describeStage(progress: ProgressView): string {
  const machine =
    progress.stateMachineName !== undefined && progress.stateMachineCount
      ? `State machine ${(progress.stateMachineIndex ?? 0) + 1} of ${progress.stateMachineCount} (${progress.stateMachineName}): `
      : '';
  switch (progress.stage) {
    case 'waiting':
      return 'Starting the cost review…';
    case 'describing':
      return `${machine}reading the state machine…`;
    case 'listing':
      return `${machine}counting executions: ${progress.done.toLocaleString('en-US')} so far…`;
    case 'reading':
      return `${machine}reading histories: ${progress.done.toLocaleString('en-US')} of ${(progress.total ?? 0).toLocaleString('en-US')}`;
    case 'done':
      return `${machine}adding up…`;
  }
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Whole-review fraction: each state machine is an equal slice; listing counts as the first tenth of one. */
function toFraction(progress: ProgressView): number {
  const count = progress.stateMachineCount ?? 1;
  const index = progress.stateMachineIndex ?? 0;
  const within =
    progress.stage === 'reading' && progress.total
      ? 0.1 + 0.9 * (progress.done / progress.total)
      : progress.stage === 'done'
        ? 1
        : progress.stage === 'listing'
          ? 0.05
          : 0;
  return Math.min(1, (index + within) / Math.max(1, count));
}

/**
 * Polls the review's progress while the server streams the page, and goes away when the review is
 * over. It sits outside the review's Suspense boundary: React does not hydrate a streamed fallback,
 * so a bar inside one would never move.
 */
export function CostReviewProgressBar({ progressKey }: { progressKey: string }) {
  const [progress, setProgress] = useState<ProgressView>({ stage: 'waiting', done: 0, total: null });
  useEffect(() => {
    let stopped = false;
    const poll = async () => {
      try {
        const response = await fetch(`/cost/progress?key=${encodeURIComponent(progressKey)}`, { cache: 'no-store' });
        const next = response.ok ? ((await response.json()) as ProgressView) : undefined;
        if (next && !stopped) setProgress(next);
        if (next?.finished) return;
      } catch {
        // The page itself reports failures; a missed poll only delays the bar.
      }
      if (!stopped) timer = setTimeout(poll, POLL_MS);
    };
    let timer = setTimeout(poll, 100);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [progressKey]);
  if (progress.finished) return null;
  const percent = Math.round(toFraction(progress) * 100);
  return (
    <div className="mb-6 rounded-lg border border-zinc-200 bg-white p-6 shadow-sm dark:border-zinc-800 dark:bg-zinc-900">
      <div className="mb-2 flex justify-between text-sm text-zinc-700 dark:text-zinc-300">
        <span>{capitalize(describeStage(progress))}</span>
        <span className="tabular-nums">{percent} %</span>
      </div>
      <div
        role="progressbar"
        aria-label="Cost review progress"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        className="h-2 overflow-hidden rounded bg-zinc-100 dark:bg-zinc-800"
      >
        <div className="h-full rounded bg-indigo-600 transition-[width] duration-300" style={{ width: `${Math.max(2, percent)}%` }} />
      </div>
    </div>
  );
}
