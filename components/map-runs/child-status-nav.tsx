import Link from 'next/link';
import type { ExecutionStatus } from '@/lib/domain';
import { formatCount } from '@/lib/format/format-cost';
import type { MapRunCounts } from '@/lib/map-runs/types';
import { EXECUTION_STATUS_STYLES } from '../executions/execution-status';
import { mapRunHref } from '../routes';

const OPTIONS: { status?: ExecutionStatus; label: string; count: (counts: MapRunCounts) => number | undefined }[] = [
  { label: 'All, failed first', count: (counts) => counts.total },
  { status: 'FAILED', label: EXECUTION_STATUS_STYLES.FAILED.label, count: (counts) => counts.failed },
  { status: 'TIMED_OUT', label: EXECUTION_STATUS_STYLES.TIMED_OUT.label, count: (counts) => counts.timedOut },
  { status: 'ABORTED', label: EXECUTION_STATUS_STYLES.ABORTED.label, count: (counts) => counts.aborted },
  { status: 'RUNNING', label: EXECUTION_STATUS_STYLES.RUNNING.label, count: (counts) => counts.running },
  { status: 'SUCCEEDED', label: EXECUTION_STATUS_STYLES.SUCCEEDED.label, count: (counts) => counts.succeeded },
  { status: 'PENDING_REDRIVE', label: EXECUTION_STATUS_STYLES.PENDING_REDRIVE.label, count: (counts) => counts.pendingRedrive },
];

/** Plain links with the child counts, so each filter has its own URL and works without JavaScript. */
export function ChildStatusNav({ mapRunArn, status, counts }: { mapRunArn: string; status?: ExecutionStatus; counts: MapRunCounts }) {
  return (
    <nav aria-label="Filter child executions by status" className="flex flex-wrap gap-1">
      {OPTIONS.map((option) => {
        const count = option.count(counts);
        // Pending redrive appears only when DescribeMapRun counts some (or it is the filter in use).
        if (option.status === 'PENDING_REDRIVE' && !count && status !== 'PENDING_REDRIVE') return null;
        const active = option.status === status;
        return (
          <Link
            key={option.label}
            href={mapRunHref(mapRunArn, { status: option.status })}
            aria-current={active ? 'page' : undefined}
            className={`rounded-md px-2.5 py-1 text-xs font-medium ${
              active
                ? 'bg-zinc-900 text-white dark:bg-zinc-100 dark:text-zinc-900'
                : 'text-zinc-700 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800'
            }`}
          >
            {option.label}
            {count !== undefined && <span className="ml-1 tabular-nums opacity-80">{formatCount(count)}</span>}
          </Link>
        );
      })}
    </nav>
  );
}
