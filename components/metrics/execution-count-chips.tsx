import type { ExecutionStatus } from '@/lib/domain';
import type { CountKey, ExecutionCounts } from '@/lib/metrics/types';
import { EXECUTION_STATUS_STYLES } from '../executions/execution-status';

// Order people scan in: what broke first, then what is still going, then the good news.
const SHOWN: { key: CountKey; status: ExecutionStatus }[] = [
  { key: 'failed', status: 'FAILED' },
  { key: 'timedOut', status: 'TIMED_OUT' },
  { key: 'aborted', status: 'ABORTED' },
  { key: 'running', status: 'RUNNING' },
  { key: 'succeeded', status: 'SUCCEEDED' },
];

/** "1,204 started" and one chip per status that occurred, e.g. "6 failed", "3 succeeded". */
export function ExecutionCountChips({
  counts,
  windowId,
  lowerBound = false,
}: {
  counts: ExecutionCounts;
  windowId: string;
  lowerBound?: boolean;
}) {
  const plus = lowerBound ? '+' : '';
  const started = counts.started;
  if (started === 0) return <span className="text-zinc-500 dark:text-zinc-400">no executions</span>;
  return (
    <div className="space-y-1">
      <div className="text-xs text-zinc-500 tabular-nums dark:text-zinc-400" data-count-started={windowId}>
        {started === undefined ? 'started: unknown' : `${started.toLocaleString('en-US')}${plus} started`}
      </div>
      <div className="flex flex-wrap gap-1">
        {SHOWN.filter(({ key }) => (counts[key] ?? 0) > 0).map(({ key, status }) => (
          <span
            key={key}
            data-window={windowId}
            data-count-status={status}
            className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-semibold whitespace-nowrap tabular-nums ring-1 ring-inset ${EXECUTION_STATUS_STYLES[status].badge}`}
          >
            {(counts[key] ?? 0).toLocaleString('en-US')}
            {plus} {EXECUTION_STATUS_STYLES[status].label.toLowerCase()}
          </span>
        ))}
        {(counts.throttled ?? 0) > 0 && (
          <span
            data-window={windowId}
            data-count-status="THROTTLED"
            title="State transitions that were throttled (delayed), not executions refused at start"
            className="inline-flex items-center rounded-full px-2 py-0.5 text-xs font-semibold whitespace-nowrap text-violet-800 tabular-nums ring-1 ring-violet-300 ring-inset dark:text-violet-200 dark:ring-violet-800"
          >
            {(counts.throttled ?? 0).toLocaleString('en-US')} throttled transitions
          </span>
        )}
      </div>
    </div>
  );
}
