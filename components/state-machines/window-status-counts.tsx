import type { ExecutionStatus } from '@/lib/domain';
import type { WindowSummary } from '@/lib/execution-list/summarize-executions';
import { EXECUTION_STATUS_STYLES } from '../executions/execution-status';

// Order people scan in: what broke first, then what is still going, then the good news.
const SHOWN_ORDER: ExecutionStatus[] = ['FAILED', 'TIMED_OUT', 'ABORTED', 'RUNNING', 'PENDING_REDRIVE', 'SUCCEEDED'];

/** "9 executions" and one chip per status that occurred, e.g. "6 failed", "3 succeeded". */
export function WindowStatusCounts({ summary, windowId }: { summary: WindowSummary; windowId: string }) {
  if (summary.total === 0) return <span className="text-zinc-500 dark:text-zinc-400">no executions</span>;
  return (
    <div className="space-y-1">
      <div className="text-xs text-zinc-500 tabular-nums dark:text-zinc-400">
        {summary.total.toLocaleString('en-US')}
        {summary.incomplete ? '+' : ''} execution{summary.total === 1 && !summary.incomplete ? '' : 's'}
      </div>
      <div className="flex flex-wrap gap-1">
        {SHOWN_ORDER.filter((status) => summary.countsByStatus[status] > 0).map((status) => (
          <span
            key={status}
            data-window={windowId}
            data-count-status={status}
            className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-semibold whitespace-nowrap tabular-nums ring-1 ring-inset ${EXECUTION_STATUS_STYLES[status].badge}`}
          >
            {summary.countsByStatus[status].toLocaleString('en-US')}
            {summary.incomplete ? '+' : ''} {EXECUTION_STATUS_STYLES[status].label.toLowerCase()}
          </span>
        ))}
      </div>
    </div>
  );
}
