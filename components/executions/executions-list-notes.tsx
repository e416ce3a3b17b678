import type { ExecutionScan } from '@/lib/execution-list/scan-execution-pages';
import type { ExecutionSortKey, SortDirection } from '@/lib/execution-list/sort-executions';
import { formatDateTime } from '@/lib/format/format-date-time';

const SORT_LABELS: Record<ExecutionSortKey, string> = { name: 'name', started: 'start time', stopped: 'stop time', duration: 'duration' };

function stopReason(stoppedBy: ExecutionScan['stoppedBy'], maxPages: number): string {
  const reasons: Record<ExecutionScan['stoppedBy'], string> = {
    exhausted: 'there are no older executions',
    'past-start': 'the next executions started before the time range',
    enough: 'this page has enough matches',
    'page-cap': `one request reads at most ${maxPages} pages`,
  };
  return reasons[stoppedBy];
}

/** Says what the list did that ListExecutions could not: filter by name or time, sort. */
export function ExecutionsListNotes({
  scan,
  maxPages,
  filtered,
  startedFrom,
  startedTo,
  sort,
  dir,
}: {
  scan: ExecutionScan;
  maxPages: number;
  startedFrom?: Date;
  startedTo?: Date;
  filtered: boolean;
  sort?: ExecutionSortKey;
  dir?: SortDirection;
}) {
  if (!filtered && !sort) return null;
  return (
    <div
      className="space-y-1 border-t border-zinc-200 px-4 py-2 text-xs text-zinc-500 dark:border-zinc-800 dark:text-zinc-400"
      aria-label="About this list"
    >
      {(startedFrom || startedTo) && (
        <p>
          Started {startedFrom ? `from ${formatDateTime(startedFrom)}` : ''}
          {startedFrom && startedTo ? ' ' : ''}
          {startedTo ? `before ${formatDateTime(startedTo)}` : ''}.
        </p>
      )}
      {filtered && (
        <p>
          Name and time filters are applied by Statescope to the pages it reads, as ListExecutions filters only by status. Read{' '}
          {scan.pagesRead} page{scan.pagesRead === 1 ? '' : 's'} newest first, and stopped because {stopReason(scan.stoppedBy, maxPages)}.
          {scan.nextToken ? ' Next page continues the search.' : ''}
        </p>
      )}
      {sort && (
        <p>
          Sorted by {SORT_LABELS[sort]} ({dir === 'asc' ? 'ascending' : 'descending'}) within this page only; pages themselves come newest
          first.
        </p>
      )}
    </div>
  );
}
