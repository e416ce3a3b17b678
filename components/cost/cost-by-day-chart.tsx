'use client';

import dynamic from 'next/dynamic';
import type { DayCost } from '@/lib/cost/summarize-by-day';
import { COST_BY_DAY_SERIES } from './cost-by-day-series';

// Recharts is ~100 KB gzipped: it loads after the page, not in its first load, and draws in the
// browser only (it measures its container). The figure, its name and caption render with the page.
const CostByDayPlot = dynamic(() => import('./cost-by-day-plot').then((module) => module.CostByDayPlot), { ssr: false });

/**
 * Per UTC day, what is billed as bars (transitions for Standard, requests for Express) against the
 * estimated cost as a line, on two axes. `caption` replaces the Standard caption.
 */
export function CostByDayChart({
  days,
  estimated,
  bars = 'transitions',
  caption,
}: {
  days: DayCost[];
  estimated: boolean;
  bars?: 'transitions' | 'executions';
  caption?: string;
}) {
  const bar = COST_BY_DAY_SERIES[bars];
  return (
    <figure aria-label={`${bar.label} and estimated cost per day`} className="px-2 pt-4 pb-2 text-zinc-600 dark:text-zinc-400">
      <div className="h-72 w-full">
        <CostByDayPlot days={days} bars={bars} />
      </div>
      <figcaption className="px-2 text-xs text-zinc-500 dark:text-zinc-400">
        {caption ?? (
          <>
            Executions by the UTC day they started
            {estimated ? '; days use the sample’s mean transitions for executions whose history was not read' : ''}. Cost at list price,
            before the free tier.
          </>
        )}
      </figcaption>
    </figure>
  );
}
