import Link from 'next/link';
import { executionHref } from '@/components/routes';
import { EmptyState } from '@/components/ui/empty-state';
import { LINK, TABLE, TD, TH } from '@/components/ui/table-classes';
import type { ExecutionCostRow } from '@/lib/cost/build-cost-review';
import { formatCount, formatRunDuration, formatUsd } from '@/lib/format/format-cost';
import { ScrollRegion } from '@/components/ui/scroll-region';

type Row = ExecutionCostRow & { stateMachineName?: string };

/** The most expensive executions read, each linked to its detail page; Express ones show what they are billed for. */
export function TopExecutionsTable({ executions, showStateMachine = false }: { executions: Row[]; showStateMachine?: boolean }) {
  const showBilled = executions.some((execution) => execution.express);
  if (executions.length === 0) return <EmptyState title="No executions read yet">Start an execution, then reload this page.</EmptyState>;
  return (
    <ScrollRegion label="Most expensive executions">
      <table className={TABLE} aria-label="Most expensive executions">
        <thead>
          <tr>
            <th className={TH}>Execution</th>
            {showStateMachine && <th className={TH}>State machine</th>}
            <th className={TH}>Status</th>
            <th className={TH}>Started (UTC)</th>
            <th className={`${TH} text-right`}>Duration</th>
            <th className={`${TH} text-right`}>Transitions</th>
            {showBilled && <th className={`${TH} text-right`}>Billed (Express)</th>}
            <th className={`${TH} text-right`}>Cost</th>
          </tr>
        </thead>
        <tbody>
          {executions.map((execution) => (
            <tr key={execution.executionArn}>
              <td className={TD}>
                <Link className={LINK} href={executionHref(execution.executionArn)}>
                  {execution.name}
                </Link>
              </td>
              {showStateMachine && <td className={TD}>{execution.stateMachineName}</td>}
              <td className={TD}>{execution.status}</td>
              <td className={`${TD} tabular-nums`}>
                {execution.startedAt ? execution.startedAt.toISOString().replace('T', ' ').slice(0, 19) : '—'}
              </td>
              <td className={`${TD} text-right tabular-nums`}>{formatRunDuration(execution.durationMs)}</td>
              <td className={`${TD} text-right tabular-nums`}>
                {execution.express && !execution.express.transitionsRead ? (
                  <span title="log records not read (outside the sample, or not logged at this level)">—</span>
                ) : (
                  formatCount(execution.transitions)
                )}
              </td>
              {showBilled && (
                <td className={`${TD} text-right tabular-nums`}>
                  {execution.express
                    ? `${formatCount(execution.express.billedDurationMs)} ms × ${execution.express.billedMemoryMb} MB`
                    : 'per transition'}
                </td>
              )}
              <td className={`${TD} text-right tabular-nums`}>{formatUsd(execution.costUsd)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
