import type { ApiCallCounts, CountSource, MetricsWindow, SourceFallback } from '@/lib/metrics/types';
import { summarizeSources } from './summarize-sources';

/**
 * The footnote under a table of counts: which sources its numbers came from and why a better one was
 * skipped, in words anyone can read (the labels' tooltips are not reachable on a phone).
 */
export function SourceNotes({
  rows,
  window,
  apiCalls,
}: {
  rows: readonly { source: CountSource; fallbacks: readonly SourceFallback[] }[];
  window: MetricsWindow;
  apiCalls?: ApiCallCounts;
}) {
  const uses = summarizeSources(rows);
  return (
    <div
      className="border-t border-zinc-200 px-4 py-3 text-xs text-zinc-600 dark:border-zinc-800 dark:text-zinc-400"
      data-source-notes="true"
    >
      <p>
        Counted over {window.label} ({window.start.toISOString().slice(0, 16).replace('T', ' ')} –{' '}
        {window.end.toISOString().slice(0, 16).replace('T', ' ')} UTC), by start time. Failure rate: failed and timed-out executions out of
        those that finished.
      </p>
      <ul className="mt-2 space-y-1">
        {uses.map((use) => (
          <li key={use.kind} data-source-note={use.kind}>
            <span className="font-medium text-zinc-800 dark:text-zinc-200">{use.label}</span> ({use.rows.toLocaleString('en-US')} row
            {use.rows === 1 ? '' : 's'}): {use.example}
            {use.reasons.length > 0 && <span data-fallback-reason="true"> Why not a better source: {use.reasons.join(' ')}</span>}
          </li>
        ))}
      </ul>
      {apiCalls && (
        <p className="mt-2" data-api-calls="true">
          This page made {apiCalls.getMetricData.toLocaleString('en-US')} GetMetricData and{' '}
          {apiCalls.listExecutions.toLocaleString('en-US')} ListExecutions calls for its counts.
        </p>
      )}
    </div>
  );
}
