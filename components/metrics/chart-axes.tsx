import type { ReactNode } from 'react';
import { formatTick, tickIndexes } from './chart-geometry';

/** The plot's own coordinates; the SVG stretches them to the card's width. */
export const PLOT_WIDTH = 720;
export const PLOT_HEIGHT = 160;

/**
 * The frame of a chart over time: the value axis (its top value and 0) left of the plot, the time
 * axis under it. Axis text is HTML, not SVG, so it keeps its size where the plot stretches on a phone;
 * screen readers skip it, as each chart names its values itself.
 */
export function ChartAxes({
  id,
  top,
  valueAxisWidth,
  starts,
  bucketMs,
  children,
}: {
  id: string;
  /** The value at the top of the plot, formatted. */
  top: string;
  /** Room for the longest value label: a count is narrower than a duration. */
  valueAxisWidth: 'w-10' | 'w-14';
  /** Each bucket's start, left to right. */
  starts: readonly Date[];
  bucketMs: number;
  /** The plot: an SVG in PLOT_WIDTH × PLOT_HEIGHT coordinates. */
  children: ReactNode;
}) {
  return (
    <div className="flex gap-2" data-chart={id}>
      <div
        className={`flex ${valueAxisWidth} shrink-0 flex-col justify-between pb-5 text-right text-[11px] text-zinc-500 tabular-nums dark:text-zinc-400`}
        aria-hidden="true"
      >
        <span>{top}</span>
        <span>0</span>
      </div>
      <div className="min-w-0 flex-1">
        {children}
        <div className="relative mt-1 h-4 overflow-hidden text-[11px] text-zinc-500 tabular-nums dark:text-zinc-400" aria-hidden="true">
          {tickIndexes(starts.length).map((index) => (
            <span key={index} className="absolute whitespace-nowrap" style={{ left: `${(index / starts.length) * 100}%` }}>
              {formatTick(starts[index] ?? new Date(0), bucketMs)}
            </span>
          ))}
        </div>
      </div>
    </div>
  );
}

/** The zero line along the bottom of the plot. */
export function PlotBaseline() {
  return (
    <line
      x1={0}
      y1={PLOT_HEIGHT}
      x2={PLOT_WIDTH}
      y2={PLOT_HEIGHT}
      className="stroke-zinc-300 dark:stroke-zinc-700"
      vectorEffect="non-scaling-stroke"
    />
  );
}
