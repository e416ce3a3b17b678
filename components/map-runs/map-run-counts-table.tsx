import { formatCount } from '@/lib/format/format-cost';
import type { MapRunCountKey, MapRunCounts } from '@/lib/map-runs/types';
import { TABLE, TD, TH } from '../ui/table-classes';

/** Labels and the colour of each share of the progress bar, defined once. */
const COUNT_ROWS: Record<MapRunCountKey, { label: string; bar: string }> = {
  pending: { label: 'Pending', bar: 'bg-zinc-300 dark:bg-zinc-600' },
  running: { label: 'Running', bar: 'bg-sky-500' },
  succeeded: { label: 'Succeeded', bar: 'bg-emerald-500' },
  failed: { label: 'Failed', bar: 'bg-red-600' },
  timedOut: { label: 'Timed out', bar: 'bg-amber-500' },
  aborted: { label: 'Aborted', bar: 'bg-zinc-500' },
};
const ORDER: MapRunCountKey[] = ['pending', 'running', 'succeeded', 'failed', 'timedOut', 'aborted'];

/** A bar of the items by outcome; the table beside it says the same in words. */
function ItemsBar({ counts }: { counts: MapRunCounts }) {
  if (counts.total <= 0) return null;
  return (
    <div aria-hidden="true" className="flex h-2 w-full overflow-hidden rounded-full bg-zinc-100 dark:bg-zinc-800">
      {ORDER.map((key) =>
        counts[key] > 0 ? (
          <div key={key} className={COUNT_ROWS[key].bar} style={{ width: `${(counts[key] / counts.total) * 100}%` }} />
        ) : null,
      )}
    </div>
  );
}

/** Items and child executions by status, as DescribeMapRun counts them (one child runs a whole batch). */
export function MapRunCountsTable({ itemCounts, executionCounts }: { itemCounts: MapRunCounts; executionCounts: MapRunCounts }) {
  const row = (label: string, items: number, executions: number | null, testId: string) => (
    <tr key={testId} data-testid={`count-${testId}`}>
      <th scope="row" className={`${TD} font-medium`}>
        {label}
      </th>
      <td className={`${TD} text-right tabular-nums`}>{formatCount(items)}</td>
      <td className={`${TD} text-right tabular-nums`}>{executions === null ? '—' : formatCount(executions)}</td>
    </tr>
  );
  return (
    <div className="space-y-3 p-4">
      <ItemsBar counts={itemCounts} />
      <table className={TABLE} data-testid="map-run-counts">
        <caption className="sr-only">Items and child executions by status</caption>
        <thead>
          <tr>
            <th scope="col" className={TH}>
              Status
            </th>
            <th scope="col" className={`${TH} text-right`}>
              Items
            </th>
            <th scope="col" className={`${TH} text-right`}>
              Child executions
            </th>
          </tr>
        </thead>
        <tbody>
          {ORDER.map((key) => row(COUNT_ROWS[key].label, itemCounts[key], executionCounts[key], key))}
          {row('Total', itemCounts.total, executionCounts.total, 'total')}
          {row('Results written', itemCounts.resultsWritten, null, 'results-written')}
        </tbody>
      </table>
    </div>
  );
}
