import Link from 'next/link';
import type { StateMachineSummary } from '@/lib/domain';
import type { ExecutionsOverview } from '@/lib/execution-list/summarize-executions';
import { formatDateTime } from '@/lib/format/format-date-time';
import { formatDuration } from '@/lib/format/format-duration';
import { formatFailureRate } from '@/lib/format/format-failure-rate';
import { executionHref, stateMachineHref } from '../routes';
import { LINK, TD } from '../ui/table-classes';
import { StateMachineNameCell } from './state-machine-name-cell';
import { WindowStatusCounts } from './window-status-counts';

function rateClass(rate: number | undefined): string {
  if (rate === undefined || rate === 0) return 'text-zinc-700 dark:text-zinc-300';
  return rate >= 0.25 ? 'font-semibold text-red-700 dark:text-red-400' : 'font-semibold text-amber-700 dark:text-amber-400';
}

/** One state machine on the overview: counts per window, failure rate, durations and its newest failure. */
export function OverviewRow({
  machine,
  overview,
  cappedAt,
  lastFailureError,
  logCaveat,
}: {
  machine: StateMachineSummary;
  overview: ExecutionsOverview;
  /** Set when the page cap stopped reading before 7 days back: how many executions were read. */
  cappedAt?: number;
  lastFailureError?: string;
  /** What an Express machine's log level leaves out of these numbers. */
  logCaveat?: string;
}) {
  const day = overview.windows['24h'];
  const week = overview.windows['7d'];
  const failure = overview.lastFailure;
  return (
    <tr data-state-machine={machine.name} className="hover:bg-zinc-50 dark:hover:bg-zinc-800/40">
      <StateMachineNameCell machine={machine}>
        {cappedAt !== undefined && (
          <p className="mt-1 max-w-56 text-xs text-amber-700 dark:text-amber-400" data-capped="true">
            Counted the newest {cappedAt.toLocaleString('en-US')} executions only; older ones from the last 7 days were not read.{' '}
            <Link href={stateMachineHref(machine.arn)} className="underline">
              See all
            </Link>
          </p>
        )}
        {logCaveat && (
          <p className="mt-1 max-w-56 text-xs text-amber-800 dark:text-amber-300" data-log-caveat="true">
            {logCaveat}
          </p>
        )}
      </StateMachineNameCell>
      <td className={TD} aria-label="Last 24 h">
        <WindowStatusCounts summary={day} windowId="24h" />
      </td>
      <td className={TD} aria-label="Last 7 d">
        <WindowStatusCounts summary={week} windowId="7d" />
      </td>
      <td className={`${TD} whitespace-nowrap tabular-nums`} aria-label="Failure rate">
        <div>
          <span className={rateClass(day.failureRate)} data-rate-window="24h">
            {formatFailureRate(day.failureRate)}
          </span>{' '}
          <span className="text-xs text-zinc-500 dark:text-zinc-400">24 h</span>
        </div>
        <div className="text-xs">
          <span className={rateClass(week.failureRate)} data-rate-window="7d">
            {formatFailureRate(week.failureRate)}
          </span>{' '}
          <span className="text-zinc-500 dark:text-zinc-400">7 d</span>
        </div>
      </td>
      <td className={`${TD} whitespace-nowrap tabular-nums`} aria-label="Duration p50 / p95 (7 d)">
        {week.closed > 0 ? (
          <>
            <div>p50 {formatDuration(week.p50DurationMs)}</div>
            <div className="text-xs text-zinc-500 dark:text-zinc-400">p95 {formatDuration(week.p95DurationMs)}</div>
          </>
        ) : (
          <span className="text-zinc-500 dark:text-zinc-400">–</span>
        )}
      </td>
      <td className={`${TD} min-w-56`} aria-label="Last failure">
        {failure ? (
          <div className="space-y-0.5">
            <Link href={executionHref(failure.arn)} className={`${LINK} break-all`}>
              {failure.name}
            </Link>
            <div className="text-xs whitespace-nowrap text-zinc-500 tabular-nums dark:text-zinc-400">
              {formatDateTime(failure.stoppedAt ?? failure.startedAt)}
            </div>
            {lastFailureError && (
              <div data-testid="last-failure-line" className="font-mono text-xs break-words text-red-700 dark:text-red-400">
                {lastFailureError}
              </div>
            )}
          </div>
        ) : (
          <span className="text-zinc-500 dark:text-zinc-400">none in 7 d</span>
        )}
      </td>
    </tr>
  );
}
