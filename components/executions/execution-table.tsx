import Link from 'next/link';
import type { ExecutionSummary } from '@/lib/aws/types';
import { formatDateTime } from '../format/format-date-time';
import { formatDuration } from '@/lib/format/format-duration';
import { durationBetween } from '../format/duration-between';
import { executionHref } from '../routes';
import { LINK, TABLE, TD, TH } from '../ui/table-classes';
import { EXECUTION_STATUS_STYLES } from './execution-status';
import { ExecutionStatusBadge } from './execution-status-badge';

/** `now` is passed in so a running execution's duration is measured at render time, once. */
export function ExecutionTable({ executions, now }: { executions: ExecutionSummary[]; now: Date }) {
  return (
    <div className="overflow-x-auto">
      <table className={TABLE}>
        <thead>
          <tr>
            <th className={TH}>Name</th>
            <th className={TH}>Status</th>
            <th className={TH}>Started</th>
            <th className={TH}>Stopped</th>
            <th className={`${TH} text-right`}>Duration</th>
          </tr>
        </thead>
        <tbody>
          {executions.map((execution) => (
            <tr key={execution.arn} className={EXECUTION_STATUS_STYLES[execution.status].row}>
              <td className={`${TD} break-all`}>
                <Link href={executionHref(execution.arn)} className={LINK}>
                  {execution.name}
                </Link>
              </td>
              <td className={TD}>
                <ExecutionStatusBadge status={execution.status} />
              </td>
              <td className={`${TD} whitespace-nowrap tabular-nums`}>{formatDateTime(execution.startedAt)}</td>
              <td className={`${TD} whitespace-nowrap tabular-nums`}>
                {execution.stoppedAt ? formatDateTime(execution.stoppedAt) : <span className="text-zinc-400">still running</span>}
              </td>
              <td className={`${TD} text-right whitespace-nowrap tabular-nums`}>
                {formatDuration(durationBetween(execution.startedAt, execution.stoppedAt, now))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
