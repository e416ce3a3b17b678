'use client';

import { Bar, BarChart, ResponsiveContainer, Tooltip, XAxis } from 'recharts';
import type { TrendPoint } from './to-trend-points';

const AXIS_TICK = { fontSize: 10, fill: 'currentColor' };

/** A group's failures per bucket over the window, as small bars; the figure names the totals for screen readers. */
export function FailureTrendChart({ points, label }: { points: TrendPoint[]; label: string }) {
  return (
    <figure aria-label={label} className="h-20 w-full min-w-0 text-zinc-600 dark:text-zinc-400" data-testid="failure-trend">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={points} margin={{ top: 4, right: 4, bottom: 0, left: 4 }}>
          <XAxis
            dataKey="label"
            tick={AXIS_TICK}
            interval="preserveStartEnd"
            tickLine={false}
            axisLine={{ stroke: 'currentColor', strokeOpacity: 0.3 }}
          />
          <Tooltip
            cursor={{ fill: 'currentColor', fillOpacity: 0.08 }}
            labelFormatter={(_, payload) =>
              String((payload[0]?.payload as TrendPoint | undefined)?.start.replace('T', ' ').slice(0, 16) ?? '')
            }
            formatter={(value) => [String(value), 'failures']}
          />
          <Bar dataKey="count" fill="#e11d48" radius={[2, 2, 0, 0]} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
