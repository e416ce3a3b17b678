'use client';

import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { DayCost } from '@/lib/cost/summarize-by-day';
import { formatCount, formatUsd } from '@/lib/format/format-cost';

/** Series → label and colour, in one place (shadcn's ChartConfig pattern). */
const SERIES = {
  transitions: { label: 'State transitions', color: '#6366f1' },
  executions: { label: 'Requests (executions)', color: '#0ea5e9' },
  costUsd: { label: 'Estimated cost (USD)', color: '#e11d48' },
} as const;

const AXIS_TICK = { fontSize: 12, fill: 'currentColor' };

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
  const bar = SERIES[bars];
  return (
    <figure aria-label={`${bar.label} and estimated cost per day`} className="px-2 pt-4 pb-2 text-zinc-600 dark:text-zinc-400">
      <div className="h-72 w-full">
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart data={days} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
            {/* Axis text and grid follow the figure's text colour, so they read in dark mode too (recharts' grey does not). */}
            <CartesianGrid strokeDasharray="3 3" stroke="currentColor" strokeOpacity={0.2} vertical={false} />
            <XAxis dataKey="day" tick={AXIS_TICK} />
            <YAxis yAxisId="bars" allowDecimals={false} tick={AXIS_TICK} tickFormatter={(value: number) => formatCount(value)} />
            <YAxis yAxisId="cost" orientation="right" tick={AXIS_TICK} tickFormatter={(value: number) => formatUsd(value)} width={80} />
            <Tooltip formatter={(value, name) => (name === SERIES.costUsd.label ? formatUsd(Number(value)) : formatCount(Number(value)))} />
            {/* Legend text in the page's colour: the series colours are too light for text on a dark card. */}
            <Legend formatter={(value: string) => <span className="text-zinc-700 dark:text-zinc-300">{value}</span>} />
            <Bar
              yAxisId="bars"
              dataKey={bars}
              name={bar.label}
              fill={bar.color}
              radius={[3, 3, 0, 0]}
              maxBarSize={56}
              isAnimationActive={false}
            />
            <Line
              yAxisId="cost"
              dataKey="costUsd"
              name={SERIES.costUsd.label}
              stroke={SERIES.costUsd.color}
              strokeWidth={2}
              dot
              isAnimationActive={false}
            />
          </ComposedChart>
        </ResponsiveContainer>
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
