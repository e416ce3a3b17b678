import Link from 'next/link';
import type { ExecutionStatus } from '@/lib/domain';
import { durationBetween } from '@/lib/format/duration-between';
import { formatDateTime } from '@/lib/format/format-date-time';
import { formatDuration } from '@/lib/format/format-duration';
import type { MapRunChildExecution } from '@/lib/map-runs/types';
import { EXECUTION_STATUS_STYLES } from '../executions/execution-status';
import { ExecutionStatusBadge } from '../executions/execution-status-badge';
import { executionHref } from '../routes';
import { EmptyState } from '../ui/empty-state';
import { TableSkeleton } from '../ui/skeleton';
import { LINK, TABLE, TD, TH } from '../ui/table-classes';
import { mapRunHref } from '../routes';

const PAGER_LINK =
  'rounded-md border border-zinc-300 px-3 py-1.5 text-sm font-medium text-zinc-700 hover:bg-zinc-50 dark:border-zinc-700 dark:text-zinc-200 dark:hover:bg-zinc-800';
// Started and duration give way on a phone: the name and the status are what a person picks by.
const WIDE_ONLY = 'hidden sm:table-cell';

/** The child executions of one page, each opening its own execution page; first/next page links below. */
export function ChildExecutionsTable({
  mapRunArn,
  status,
  cursor,
  executions,
  nextCursor,
  now,
}: {
  mapRunArn: string;
  status?: ExecutionStatus;
  /** The cursor this page was read from; none on the first page. */
  cursor?: string;
  executions: MapRunChildExecution[];
  nextCursor?: string;
  now: Date;
}) {
  if (executions.length === 0 && !cursor) {
    return (
      <EmptyState title={status ? `No ${EXECUTION_STATUS_STYLES[status].label.toLowerCase()} child executions` : 'No child executions yet'}>
        {status ? 'Choose another status above.' : 'The Map Run has not started any child workflow yet.'}
      </EmptyState>
    );
  }
  return (
    <>
      <table className={`${TABLE} table-fixed`} data-testid="child-executions">
        <caption className="sr-only">
          Child executions{status ? `, ${EXECUTION_STATUS_STYLES[status].label.toLowerCase()}` : ', failed first'}
        </caption>
        <thead>
          <tr>
            <th scope="col" className={`${TH} w-auto`}>
              Child execution
            </th>
            <th scope="col" className={`${TH} w-28`}>
              Status
            </th>
            <th scope="col" className={`${TH} ${WIDE_ONLY} w-52`}>
              Started
            </th>
            <th scope="col" className={`${TH} ${WIDE_ONLY} w-28`}>
              Duration
            </th>
            <th scope="col" className={`${TH} w-16 text-right`}>
              Items
            </th>
          </tr>
        </thead>
        <tbody>
          {executions.map((child) => (
            <tr key={child.arn} className={EXECUTION_STATUS_STYLES[child.status].row}>
              <td className={TD}>
                <Link href={executionHref(child.arn)} className={`${LINK} font-mono text-xs break-all`}>
                  {child.name}
                </Link>
              </td>
              <td className={TD}>
                <ExecutionStatusBadge status={child.status} />
              </td>
              <td className={`${TD} ${WIDE_ONLY} whitespace-nowrap tabular-nums`}>{formatDateTime(child.startedAt)}</td>
              <td className={`${TD} ${WIDE_ONLY} tabular-nums`}>
                {formatDuration(durationBetween(child.startedAt, child.stoppedAt, now))}
              </td>
              <td className={`${TD} text-right tabular-nums`}>{child.itemCount ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {(cursor || nextCursor) && (
        <nav
          aria-label="Pages of child executions"
          className="flex items-center justify-end gap-2 border-t border-zinc-200 px-4 py-3 dark:border-zinc-800"
        >
          {cursor && (
            <Link href={mapRunHref(mapRunArn, { status })} className={PAGER_LINK}>
              ← First page
            </Link>
          )}
          {nextCursor && (
            <Link href={mapRunHref(mapRunArn, { status, cursor: nextCursor })} className={PAGER_LINK}>
              Next page →
            </Link>
          )}
        </nav>
      )}
    </>
  );
}

export function ChildExecutionsTableSkeleton() {
  return <TableSkeleton rows={8} columns={3} label="Loading child executions" />;
}
