import { formatDuration } from '@/lib/format/format-duration';
import { ChartAxes, PLOT_HEIGHT as HEIGHT, PLOT_WIDTH as WIDTH, PlotBaseline } from './chart-axes';
import { niceMax } from './chart-geometry';

export interface LineSeries {
  name: string;
  /** A stroke class, e.g. `stroke-indigo-600`. */
  stroke: string;
  /** One value per bucket; undefined where the bucket had none. */
  values: readonly (number | undefined)[];
}

/** Durations over time: one line per statistic, gaps where a bucket had no finished execution. */
export function LineChart({
  series,
  starts,
  bucketMs,
  label,
  id,
}: {
  series: readonly LineSeries[];
  starts: readonly Date[];
  bucketMs: number;
  label: string;
  id: string;
}) {
  const all = series.flatMap((line) => line.values.filter((value): value is number => value !== undefined));
  const max = niceMax(Math.max(0, ...all));
  const slot = starts.length > 0 ? WIDTH / starts.length : WIDTH;
  const point = (index: number, value: number) => ({ x: (index + 0.5) * slot, y: HEIGHT - (value / max) * HEIGHT });
  return (
    <ChartAxes id={id} top={formatDuration(max)} valueAxisWidth="w-14" starts={starts} bucketMs={bucketMs}>
      <svg role="img" aria-label={label} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} preserveAspectRatio="none" className="block h-40 w-full">
        <PlotBaseline />
        {series.map((line) => {
          // Split at gaps so a bucket without data is not bridged by a line that suggests one.
          const runs: { x: number; y: number }[][] = [];
          let run: { x: number; y: number }[] = [];
          line.values.forEach((value, index) => {
            if (value === undefined) {
              if (run.length > 0) runs.push(run);
              run = [];
            } else run.push(point(index, value));
          });
          if (run.length > 0) runs.push(run);
          return runs.map((points, runIndex) =>
            points.length === 1 ? (
              // A lone point: a short tick, since a circle would stretch with the chart.
              <polyline
                key={`${line.name}-${runIndex}`}
                points={`${(points[0]?.x ?? 0) - slot / 4},${points[0]?.y ?? 0} ${(points[0]?.x ?? 0) + slot / 4},${points[0]?.y ?? 0}`}
                fill="none"
                strokeWidth={3}
                vectorEffect="non-scaling-stroke"
                className={line.stroke}
              />
            ) : (
              <polyline
                key={`${line.name}-${runIndex}`}
                points={points.map(({ x, y }) => `${x},${y}`).join(' ')}
                fill="none"
                strokeWidth={2}
                vectorEffect="non-scaling-stroke"
                className={line.stroke}
              />
            ),
          );
        })}
      </svg>
    </ChartAxes>
  );
}
