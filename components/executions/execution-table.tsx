import Link from 'next/link';
import type { ExecutionSummary } from '@/lib/domain';
import { durationBetween } from '@/lib/format/duration-between';
import { formatDateTime } from '@/lib/format/format-date-time';
import { formatDuration } from '@/lib/format/format-duration';
import { executionHref } from '../routes';
import { LINK, TABLE, TD, TH } from '../ui/table-classes';
import { ExecutionErrorCell, type RowFailure } from './execution-error-cell';
import { EXECUTION_STATUS_STYLES } from './execution-status';
import { ExecutionStatusBadge } from './execution-status-badge';
import type { ExecutionsListQuery } from './executions-list-query';
import { SortableHeader } from './sortable-header';
import { ScrollRegion } from '../ui/scroll-region';

/** `now` is passed in so a running execution's duration is measured at render time, once. */
export function ExecutionTable({
  executions,
  now,
  stateMachineArn,
  query,
  failures,
}: {
  executions: ExecutionSummary[];
  now: Date;
  stateMachineArn: string;
  query: ExecutionsListQuery;
  /** Error and cause of the failed rows, by execution ARN. */
  failures: Record<string, RowFailure>;
}) {
  const header = { stateMachineArn, query };
  return (
    <ScrollRegion label="Executions">
      <table className={TABLE} data-testid="executions-table">
        <thead>
          <tr>
            <SortableHeader column="name" label="Name" {...header} />
            <th className={TH}>Status</th>
            <SortableHeader column="started" label="Started" {...header} />
            <SortableHeader column="stopped" label="Stopped" {...header} />
            <SortableHeader column="duration" label="Duration" alignRight {...header} />
            <th className={TH}>Error</th>
          </tr>
        </thead>
        <tbody>
          {executions.map((execution) => (
            <tr key={execution.arn} className={EXECUTION_STATUS_STYLES[execution.status].row}>
              <td className={`${TD} min-w-44 break-words sm:min-w-64`}>
                <Link href={executionHref(execution.arn)} className={LINK}>
                  {execution.name}
                </Link>
              </td>
              <td className={TD}>
                <ExecutionStatusBadge status={execution.status} />
              </td>
              <td className={`${TD} whitespace-nowrap tabular-nums`}>{formatDateTime(execution.startedAt)}</td>
              <td className={`${TD} whitespace-nowrap tabular-nums`}>
                {execution.stoppedAt ? (
                  formatDateTime(execution.stoppedAt)
                ) : (
                  <span className="text-zinc-500 dark:text-zinc-400">still running</span>
                )}
              </td>
              <td className={`${TD} text-right whitespace-nowrap tabular-nums`}>
                {formatDuration(durationBetween(execution.startedAt, execution.stoppedAt, now))}
              </td>
              <ExecutionErrorCell failure={failures[execution.arn]} />
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
