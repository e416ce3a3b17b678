'use client';

import dynamic from 'next/dynamic';
import type { TrendPoint } from './to-trend-points';

// Recharts loads after the page, not in its first load; the figure (sized, named) renders with it.
const FailureTrendPlot = dynamic(() => import('./failure-trend-plot').then((module) => module.FailureTrendPlot), { ssr: false });

/** A group's failures per bucket over the window, as small bars; the figure names the totals for screen readers. */
export function FailureTrendChart({ points, label }: { points: TrendPoint[]; label: string }) {
  return (
    <figure aria-label={label} className="h-20 w-full min-w-0 text-zinc-600 dark:text-zinc-400" data-testid="failure-trend">
      <FailureTrendPlot points={points} />
    </figure>
  );
}
