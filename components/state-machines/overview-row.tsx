import Link from 'next/link';
import type { ReactNode } from 'react';
import type { MachineCounts } from '@/lib/metrics/types';
import { formatDuration } from '@/lib/format/format-duration';
import { formatFailureRate } from '@/lib/format/format-failure-rate';
import { ExecutionCountChips } from '../metrics/execution-count-chips';
import { SourceLabel } from '../metrics/source-label';
import { describeSparkline, Sparkline } from '../metrics/sparkline';
import { stateMachineHref } from '../routes';
import { TD } from '../ui/table-classes';
import { OverviewRowProblem } from './overview-row-states';
import { StateMachineNameCell } from './state-machine-name-cell';

function rateClass(rate: number | undefined): string {
  if (rate === undefined || rate === 0) return 'text-zinc-700 dark:text-zinc-300';
  return rate >= 0.25 ? 'font-semibold text-red-700 dark:text-red-400' : 'font-semibold text-amber-700 dark:text-amber-400';
}

/**
 * One state machine on the overview: counts in the chosen window with their source, failure rate,
 * durations, a trend, and its newest failure (`lastFailure`, which streams in on its own).
 */
export function OverviewRow({
  row,
  windowId,
  windowLabel,
  notes,
  lastFailure,
}: {
  row: MachineCounts;
  /** The window's id (`24h`, `custom`…), kept in data attributes for tests and styling. */
  windowId: string;
  windowLabel: string;
  /** Under the name: what an Express machine's log level leaves out, and the like. */
  notes?: ReactNode;
  lastFailure: ReactNode;
}) {
  const { machine, counts, duration } = row;
  const capped = row.source.kind === 'scan' && row.source.capped;
  const summaryOfMachine = { arn: machine.arn, name: machine.name, type: machine.type, createdAt: machine.createdAt ?? new Date(0) };
  if (row.problem) {
    return <OverviewRowProblem machine={summaryOfMachine} problem={row.problem} />;
  }
  const totals = row.sparkline.map((point) => point.started);
  const failures = row.sparkline.map((point) => point.failed);
  return (
    <tr data-state-machine={machine.name} data-source={row.source.kind} className="hover:bg-zinc-50 dark:hover:bg-zinc-800/40">
      <StateMachineNameCell machine={summaryOfMachine}>
        {capped && row.source.kind === 'scan' && (
          <p className="mt-1 max-w-56 text-xs text-amber-700 dark:text-amber-400" data-capped="true">
            Counted the newest {row.source.executionsRead.toLocaleString('en-US')} executions only; older ones in the window were not read.{' '}
            <Link href={stateMachineHref(machine.arn)} prefetch={false} className="underline">
              See all
            </Link>
          </p>
        )}
        {notes}
      </StateMachineNameCell>
      <td className={TD} aria-label={`Executions, ${windowLabel}`}>
        <ExecutionCountChips counts={counts} windowId={windowId} lowerBound={capped} />
        <div className="mt-1">
          <SourceLabel source={row.source} fallbacks={row.fallbacks} />
        </div>
      </td>
      <td className={`${TD} whitespace-nowrap tabular-nums`} aria-label="Failure rate">
        <span className={rateClass(row.failureRate)} data-rate-window={windowId}>
          {formatFailureRate(row.failureRate)}
        </span>
      </td>
      <td className={`${TD} whitespace-nowrap tabular-nums`} aria-label="Duration">
        {duration && (duration.p50Ms !== undefined || duration.averageMs !== undefined) ? (
          duration.p50Ms !== undefined ? (
            <>
              <div>p50 {formatDuration(duration.p50Ms)}</div>
              <div className="text-xs text-zinc-500 dark:text-zinc-400" data-p99="true">
                p99 {formatDuration(duration.p99Ms)}
              </div>
            </>
          ) : (
            <>
              <div>avg {formatDuration(duration.averageMs)}</div>
              <div className="text-xs text-zinc-500 dark:text-zinc-400">max {formatDuration(duration.maximumMs)}</div>
            </>
          )
        ) : (
          <span className="text-zinc-500 dark:text-zinc-400">–</span>
        )}
      </td>
      <td className={TD} aria-label="Trend">
        {row.sparkline.length > 0 ? (
          <Sparkline totals={totals} failures={failures} label={describeSparkline(totals, failures)} />
        ) : (
          <span className="text-zinc-500 dark:text-zinc-400">–</span>
        )}
      </td>
      <td className={`${TD} min-w-48`} aria-label="Last failure">
        {lastFailure}
      </td>
    </tr>
  );
}
