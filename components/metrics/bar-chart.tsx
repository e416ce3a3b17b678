import { ChartAxes, PLOT_HEIGHT as HEIGHT, PLOT_WIDTH as WIDTH, PlotBaseline } from './chart-axes';
import { niceMax } from './chart-geometry';

export interface BarSegment {
  value: number;
  /** A fill class, e.g. `fill-red-600`. */
  fill: string;
}

export interface Bar {
  start: Date;
  /** Stacked bottom to top. */
  segments: BarSegment[];
  /** Drawn as an outline behind the stack when above it (started but not finished, say). */
  outline?: number;
  /** What a screen reader hears for this bar, e.g. "4 Dec 08:00–09:00 UTC: 12 started, 2 failed". */
  label: string;
  /** Where the bar leads: the executions of its period. */
  href?: string;
}

/**
 * Bars over time as plain SVG stretched to the card's width, axis text in HTML so it stays legible
 * on a phone. A bar with an `href` is a link: click it or Tab to it and press Enter.
 */
export function BarChart({ bars, bucketMs, label, id }: { bars: readonly Bar[]; bucketMs: number; label: string; id: string }) {
  const max = niceMax(
    Math.max(
      0,
      ...bars.map((bar) =>
        Math.max(
          bar.outline ?? 0,
          bar.segments.reduce((sum, s) => sum + s.value, 0),
        ),
      ),
    ),
  );
  const slot = bars.length > 0 ? WIDTH / bars.length : WIDTH;
  const gap = slot > 6 ? Math.min(4, slot * 0.2) : 0;
  const y = (value: number) => HEIGHT - (value / max) * HEIGHT;
  return (
    <ChartAxes id={id} top={max.toLocaleString('en-US')} valueAxisWidth="w-10" starts={bars.map((bar) => bar.start)} bucketMs={bucketMs}>
      <svg
        role="group"
        aria-label={label}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        preserveAspectRatio="none"
        className="block h-40 w-full overflow-visible"
      >
        <PlotBaseline />
        <line
          x1={0}
          y1={0}
          x2={WIDTH}
          y2={0}
          className="stroke-zinc-100 dark:stroke-zinc-800"
          strokeDasharray="4 4"
          vectorEffect="non-scaling-stroke"
        />
        {bars.map((bar, index) => {
          const x = index * slot + gap / 2;
          const width = Math.max(0.5, slot - gap);
          let base = 0;
          const shapes = (
            <>
              {/* The whole column is the target, so a short bar is as easy to hit as a tall one. */}
              <rect
                x={index * slot}
                y={0}
                width={slot}
                height={HEIGHT}
                className="fill-transparent group-hover:fill-zinc-100 group-focus-visible:fill-indigo-100 dark:group-hover:fill-zinc-800 dark:group-focus-visible:fill-indigo-950"
              />
              {bar.outline !== undefined && bar.outline > 0 && (
                <rect x={x} y={y(bar.outline)} width={width} height={HEIGHT - y(bar.outline)} className="fill-sky-200 dark:fill-sky-900" />
              )}
              {bar.segments.map((segment, segmentIndex) => {
                if (segment.value <= 0) return null;
                const top = y(base + segment.value);
                const height = y(base) - top;
                base += segment.value;
                return <rect key={segmentIndex} x={x} y={top} width={width} height={Math.max(height, 0.5)} className={segment.fill} />;
              })}
            </>
          );
          return bar.href ? (
            <a key={index} href={bar.href} aria-label={bar.label} className="group outline-none" data-bar-start={bar.start.toISOString()}>
              <title>{bar.label}</title>
              {shapes}
            </a>
          ) : (
            <g key={index} role="img" aria-label={bar.label} data-bar-start={bar.start.toISOString()}>
              <title>{bar.label}</title>
              {shapes}
            </g>
          );
        })}
      </svg>
    </ChartAxes>
  );
}
