'use client';

import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { DayCost } from '@/lib/cost/summarize-by-day';
import { formatCount, formatUsd } from '@/lib/format/format-cost';
import { COST_BY_DAY_SERIES } from './cost-by-day-series';

const AXIS_TICK = { fontSize: 12, fill: 'currentColor' };

/** The Recharts drawing inside CostByDayChart: loaded after the page (see cost-by-day-chart.tsx). */
export function CostByDayPlot({ days, bars }: { days: DayCost[]; bars: 'transitions' | 'executions' }) {
  const bar = COST_BY_DAY_SERIES[bars];
  return (
    <ResponsiveContainer width="100%" height="100%">
      <ComposedChart data={days} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
        {/* Axis text and grid follow the figure's text colour, so they read in dark mode too (recharts' grey does not). */}
        <CartesianGrid strokeDasharray="3 3" stroke="currentColor" strokeOpacity={0.2} vertical={false} />
        <XAxis dataKey="day" tick={AXIS_TICK} />
        <YAxis yAxisId="bars" allowDecimals={false} tick={AXIS_TICK} tickFormatter={(value: number) => formatCount(value)} />
        <YAxis yAxisId="cost" orientation="right" tick={AXIS_TICK} tickFormatter={(value: number) => formatUsd(value)} width={80} />
        <Tooltip
          formatter={(value, name) => (name === COST_BY_DAY_SERIES.costUsd.label ? formatUsd(Number(value)) : formatCount(Number(value)))}
        />
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
          name={COST_BY_DAY_SERIES.costUsd.label}
          stroke={COST_BY_DAY_SERIES.costUsd.color}
          strokeWidth={2}
          dot
          isAnimationActive={false}
        />
      </ComposedChart>
    </ResponsiveContainer>
  );
}
