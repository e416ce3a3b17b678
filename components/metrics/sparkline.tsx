const WIDTH = 96;
const HEIGHT = 24;

/**
 * A per-bucket trend as plain SVG (no chart library: the overview draws hundreds of these).
 * Bars of all executions, with the failed part of each bar in red; the numbers themselves are in the
 * row, so the picture is decorative to a screen reader beyond its one-line summary.
 */
export function Sparkline({ totals, failures, label }: { totals: readonly number[]; failures?: readonly number[]; label: string }) {
  const max = Math.max(1, ...totals);
  const slot = totals.length > 0 ? WIDTH / totals.length : WIDTH;
  const barWidth = Math.max(1, slot - (slot > 3 ? 1 : 0));
  return (
    <svg
      role="img"
      aria-label={label}
      width={WIDTH}
      height={HEIGHT}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      className="block text-indigo-500 dark:text-indigo-400"
      data-sparkline="true"
    >
      <line x1={0} y1={HEIGHT - 0.5} x2={WIDTH} y2={HEIGHT - 0.5} className="stroke-zinc-200 dark:stroke-zinc-700" strokeWidth={1} />
      {totals.map((total, index) => {
        if (total <= 0) return null;
        const height = Math.max(1, (total / max) * HEIGHT);
        const failed = Math.min(total, failures?.[index] ?? 0);
        const failedHeight = failed > 0 ? Math.max(1, (failed / max) * HEIGHT) : 0;
        const x = index * slot;
        return (
          <g key={index}>
            <rect x={x} y={HEIGHT - height} width={barWidth} height={height} fill="currentColor" opacity={0.55} />
            {failedHeight > 0 && (
              <rect x={x} y={HEIGHT - failedHeight} width={barWidth} height={failedHeight} className="fill-red-600 dark:fill-red-400" />
            )}
          </g>
        );
      })}
    </svg>
  );
}

/** "Trend over 24 buckets: 120 executions, 4 failed, busiest bucket 12": what the picture says, in words. */
export function describeSparkline(totals: readonly number[], failures: readonly number[] = []): string {
  const total = totals.reduce((sum, value) => sum + value, 0);
  const failed = failures.reduce((sum, value) => sum + value, 0);
  const busiest = Math.max(0, ...totals);
  return `Trend over ${totals.length} periods: ${total.toLocaleString('en-US')} executions, ${failed.toLocaleString('en-US')} failed or timed out, busiest period ${busiest.toLocaleString('en-US')}`;
}
