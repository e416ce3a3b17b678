'use client';

import { Bar, BarChart, ResponsiveContainer, Tooltip, XAxis } from 'recharts';
import type { TrendPoint } from './to-trend-points';

const AXIS_TICK = { fontSize: 10, fill: 'currentColor' };

/** The Recharts bars inside FailureTrendChart: loaded after the page (see failure-trend-chart.tsx). */
export function FailureTrendPlot({ points }: { points: TrendPoint[] }) {
  return (
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
  );
}
