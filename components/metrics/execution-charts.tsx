import { formatDuration } from '@/lib/format/format-duration';
import { COUNT_LABELS, type DurationStats, type ExecutionSeries, type SeriesBucket, type SeriesKey } from '@/lib/metrics/types';
import { BarChart, type Bar } from './bar-chart';
import { formatBucketRange } from './chart-geometry';
import { LineChart, type LineSeries } from './line-chart';

// Stacked bottom to top: what went wrong first, so a small failure count sits on the axis where it shows.
const STACK: { key: SeriesKey; fill: string; swatch: string }[] = [
  { key: 'failed', fill: 'fill-red-600 dark:fill-red-500', swatch: 'bg-red-600 dark:bg-red-500' },
  { key: 'timedOut', fill: 'fill-amber-500 dark:fill-amber-400', swatch: 'bg-amber-500 dark:bg-amber-400' },
  { key: 'aborted', fill: 'fill-zinc-500 dark:fill-zinc-400', swatch: 'bg-zinc-500 dark:bg-zinc-400' },
  { key: 'succeeded', fill: 'fill-emerald-600 dark:fill-emerald-500', swatch: 'bg-emerald-600 dark:bg-emerald-500' },
];

const DURATION_LINES: { key: keyof DurationStats; name: string; stroke: string; swatch: string }[] = [
  { key: 'p50Ms', name: 'p50', stroke: 'stroke-indigo-600 dark:stroke-indigo-400', swatch: 'bg-indigo-600 dark:bg-indigo-400' },
  { key: 'p90Ms', name: 'p90', stroke: 'stroke-fuchsia-600 dark:stroke-fuchsia-400', swatch: 'bg-fuchsia-600 dark:bg-fuchsia-400' },
  { key: 'p99Ms', name: 'p99', stroke: 'stroke-rose-600 dark:stroke-rose-400', swatch: 'bg-rose-600 dark:bg-rose-400' },
  { key: 'averageMs', name: 'Average', stroke: 'stroke-indigo-600 dark:stroke-indigo-400', swatch: 'bg-indigo-600 dark:bg-indigo-400' },
  { key: 'maximumMs', name: 'Maximum', stroke: 'stroke-rose-600 dark:stroke-rose-400', swatch: 'bg-rose-600 dark:bg-rose-400' },
];

function count(bucket: SeriesBucket, key: SeriesKey): number {
  return bucket.counts[key] ?? 0;
}

/** "4 Dec 08:00–09:00 UTC: 12 started, 9 succeeded, 2 failed. Open these executions." */
export function describeBucket(bucket: SeriesBucket, linked: boolean): string {
  const parts = (['started', ...STACK.map((item) => item.key).reverse()] as SeriesKey[])
    .filter((key) => bucket.counts[key] !== undefined)
    .map((key) => `${count(bucket, key).toLocaleString('en-US')} ${COUNT_LABELS[key].label.toLowerCase()}`);
  return `${formatBucketRange(bucket.start, bucket.end)}: ${parts.join(', ') || 'no data'}.${linked ? ' Open the executions started in this period.' : ''}`;
}

function Legend({ items }: { items: { name: string; swatch: string }[] }) {
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-zinc-600 dark:text-zinc-400">
      {items.map((item) => (
        <li key={item.name} className="inline-flex items-center gap-1.5">
          <span aria-hidden="true" className={`inline-block h-2.5 w-2.5 rounded-sm ${item.swatch}`} />
          {item.name}
        </li>
      ))}
    </ul>
  );
}

/**
 * A machine's executions over the window: outcomes stacked per period (each bar opens that period's
 * executions), throttled state transitions where the source knows them, and durations. The numbers
 * are also in a table for anyone who cannot read a chart.
 */
export function ExecutionCharts({ series, hrefFor }: { series: ExecutionSeries; hrefFor: (bucket: SeriesBucket) => string }) {
  const { buckets, bucketMs } = series;
  const bars: Bar[] = buckets.map((bucket) => ({
    start: bucket.start,
    segments: STACK.map((item) => ({ value: count(bucket, item.key), fill: item.fill })),
    outline: bucket.counts.started,
    label: describeBucket(bucket, true),
    href: hrefFor(bucket),
  }));
  const knowsThrottled = buckets.some((bucket) => bucket.counts.throttled !== undefined);
  const throttledBars: Bar[] = buckets.map((bucket) => ({
    start: bucket.start,
    segments: [{ value: count(bucket, 'throttled'), fill: 'fill-violet-600 dark:fill-violet-400' }],
    label: `${formatBucketRange(bucket.start, bucket.end)}: ${count(bucket, 'throttled').toLocaleString('en-US')} throttled state transitions.`,
  }));
  const lines: LineSeries[] = DURATION_LINES.map((line) => ({
    name: line.name,
    stroke: line.stroke,
    values: buckets.map((bucket) => bucket.duration?.[line.key]),
  })).filter((line) => line.values.some((value) => value !== undefined));
  const shownLines = lines.some((line) => line.name.startsWith('p')) ? lines.filter((line) => line.name.startsWith('p')) : lines;
  const starts = buckets.map((bucket) => bucket.start);
  const total = (key: SeriesKey) => buckets.reduce((sum, bucket) => sum + count(bucket, key), 0).toLocaleString('en-US');
  return (
    <div className="space-y-6 p-4">
      <section aria-labelledby="chart-executions-title" className="space-y-2">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h3 id="chart-executions-title" className="text-sm font-medium text-zinc-900 dark:text-zinc-100">
            Executions per {formatBucketSize(bucketMs)}
          </h3>
          <Legend
            items={[
              { name: 'Started', swatch: 'bg-sky-200 dark:bg-sky-900' },
              ...STACK.map((item) => ({ name: COUNT_LABELS[item.key].label, swatch: item.swatch })).reverse(),
            ]}
          />
        </div>
        <BarChart
          id="executions"
          bars={bars}
          bucketMs={bucketMs}
          label={`Executions per ${formatBucketSize(bucketMs)}: ${total('started')} started, ${total('succeeded')} succeeded, ${total('failed')} failed, ${total('timedOut')} timed out, ${total('aborted')} aborted. Each bar opens the executions of its period.`}
        />
        <p className="text-xs text-zinc-500 dark:text-zinc-400">
          Click a bar, or Tab to it and press Enter, to open the executions started in that period.
        </p>
      </section>
      {knowsThrottled && (
        <section aria-labelledby="chart-throttled-title" className="space-y-2">
          <h3 id="chart-throttled-title" className="text-sm font-medium text-zinc-900 dark:text-zinc-100">
            Throttled state transitions
          </h3>
          <p className="text-xs text-zinc-500 dark:text-zinc-400">{COUNT_LABELS.throttled.description}</p>
          <BarChart
            id="throttled"
            bars={throttledBars}
            bucketMs={bucketMs}
            label={`Throttled state transitions per ${formatBucketSize(bucketMs)}: ${total('throttled')} in all.`}
          />
        </section>
      )}
      <section aria-labelledby="chart-duration-title" className="space-y-2">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h3 id="chart-duration-title" className="text-sm font-medium text-zinc-900 dark:text-zinc-100">
            Duration
          </h3>
          <Legend
            items={shownLines.map((line) => ({
              name: line.name,
              swatch: DURATION_LINES.find((item) => item.name === line.name)?.swatch ?? '',
            }))}
          />
        </div>
        {shownLines.length > 0 ? (
          <LineChart
            id="duration"
            series={shownLines}
            starts={starts}
            bucketMs={bucketMs}
            label={`Duration per ${formatBucketSize(bucketMs)}, ${shownLines.map((line) => line.name).join(', ')}; the table below has the numbers.`}
          />
        ) : (
          <p className="text-sm text-zinc-500 dark:text-zinc-400">No finished execution in this window, so no duration.</p>
        )}
      </section>
      <details className="text-sm">
        <summary className="cursor-pointer text-xs font-medium text-zinc-700 dark:text-zinc-300">The numbers, as a table</summary>
        <SeriesTable buckets={buckets} durationLines={shownLines.map((line) => line.name)} />
      </details>
    </div>
  );
}

function formatBucketSize(bucketMs: number): string {
  const minutes = bucketMs / 60_000;
  if (minutes < 60) return `${minutes} min`;
  if (minutes < 24 * 60) return minutes === 60 ? 'hour' : `${minutes / 60} h`;
  return minutes === 24 * 60 ? 'day' : `${minutes / (24 * 60)} d`;
}

const COLUMNS: SeriesKey[] = ['started', 'succeeded', 'failed', 'timedOut', 'aborted', 'throttled'];

function SeriesTable({ buckets, durationLines }: { buckets: readonly SeriesBucket[]; durationLines: string[] }) {
  const columns = COLUMNS.filter((key) => buckets.some((bucket) => bucket.counts[key] !== undefined));
  const durations = DURATION_LINES.filter((line) => durationLines.includes(line.name));
  return (
    <div className="mt-2 max-h-80 overflow-auto" tabIndex={0} role="region" aria-label="Executions per period, as a table">
      <table className="w-full text-left text-xs tabular-nums" data-series-table="true">
        <thead>
          <tr className="text-zinc-500 dark:text-zinc-400">
            <th className="py-1 pr-3 font-medium">Period</th>
            {columns.map((key) => (
              <th key={key} className="py-1 pr-3 font-medium">
                {key === 'throttled' ? 'Throttled transitions' : COUNT_LABELS[key].label}
              </th>
            ))}
            {durations.map((line) => (
              <th key={line.name} className="py-1 pr-3 font-medium">
                {line.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {buckets.map((bucket) => (
            <tr key={bucket.start.toISOString()} className="border-t border-zinc-100 dark:border-zinc-800">
              <th scope="row" className="py-1 pr-3 font-normal whitespace-nowrap">
                {formatBucketRange(bucket.start, bucket.end)}
              </th>
              {columns.map((key) => (
                <td key={key} className="py-1 pr-3">
                  {bucket.counts[key] === undefined ? '–' : count(bucket, key).toLocaleString('en-US')}
                </td>
              ))}
              {durations.map((line) => (
                <td key={line.name} className="py-1 pr-3 whitespace-nowrap">
                  {formatDuration(bucket.duration?.[line.key])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
