import type { ExecutionScan } from '@/lib/overview/scan-execution-pages';
import type { ExecutionSortKey, SortDirection } from '@/lib/overview/sort-executions';

const SORT_LABELS: Record<ExecutionSortKey, string> = { name: 'name', started: 'start time', stopped: 'stop time', duration: 'duration' };

const STOP_REASONS: Record<ExecutionScan['stoppedBy'], string> = {
  exhausted: 'that is every execution there is',
  'past-start': 'the next ones started before the chosen time range',
  enough: 'enough matched for this page',
  'page-cap': 'that is as many pages as one request reads',
};

/** Says what the list did that ListExecutions could not: filter by name or time, sort. */
export function ExecutionsListNotes({ scan, filtered, sort, dir }: {
  scan: ExecutionScan;
  filtered: boolean;
  sort?: ExecutionSortKey;
  dir?: SortDirection;
}) {
  if (!filtered && !sort) return null;
  return (
    <div className="space-y-1 border-t border-zinc-200 px-4 py-2 text-xs text-zinc-500 dark:border-zinc-800 dark:text-zinc-400" aria-label="About this list">
      {filtered && (
        <p>
          Name and time filters are applied by Statescope to the pages it reads (ListExecutions filters only by status): read{' '}
          {scan.pagesRead} page{scan.pagesRead === 1 ? '' : 's'} newest first and stopped because {STOP_REASONS[scan.stoppedBy]}.
          {scan.nextToken ? ' Next page continues the search.' : ''}
        </p>
      )}
      {sort && (
        <p>
          Sorted by {SORT_LABELS[sort]} ({dir === 'asc' ? 'ascending' : 'descending'}) within this page only; pages themselves come
          newest first.
        </p>
      )}
    </div>
  );
}
