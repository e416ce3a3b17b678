import Link from 'next/link';
import { executionHref } from '@/components/routes';
import { describeExecution, isDataSourceError, listExecutions, type ExecutionSummary } from '@/lib/aws';
import type { ConcurrencyLimiter } from '@/lib/execution-list/create-concurrency-limiter';
import { formatFailureLine } from '@/lib/execution-list/failure-summary';
import { formatDateTime } from '@/lib/format/format-date-time';
import type { MachineCounts } from '@/lib/metrics/types';
import { getSharedHistoryCache, readFailureSummaries } from '@/lib/services';

function stoppedOrStarted(execution: ExecutionSummary): number {
  return (execution.stoppedAt ?? execution.startedAt).getTime();
}

/**
 * The newest FAILED or TIMED_OUT execution: one ListExecutions call of one execution per status,
 * skipping a status the window's counts already say did not occur (an Express machine's call reads
 * its logs, which is not cheap).
 */
async function readNewestFailure(row: MachineCounts, limit: ConcurrencyLimiter): Promise<ExecutionSummary | undefined> {
  const known = { FAILED: row.counts.failed, TIMED_OUT: row.counts.timedOut } as const;
  const statuses = (['FAILED', 'TIMED_OUT'] as const).filter((status) => known[status] !== 0);
  const pages = await Promise.all(
    statuses.map((statusFilter) => limit(() => listExecutions({ stateMachineArn: row.machine.arn, statusFilter, maxResults: 1 }))),
  );
  const newest = pages.flatMap((page) => page.executions).sort((a, b) => stoppedOrStarted(b) - stoppedOrStarted(a));
  return newest[0];
}

/**
 * The last failure's line is a nicety: its history (cached once read) says what led to a Fail state;
 * when that cannot be read, DescribeExecution's error and cause; when neither can, no line.
 */
async function readErrorLine(execution: ExecutionSummary, limit: ConcurrencyLimiter): Promise<string | undefined> {
  try {
    const summaries = await limit(() => readFailureSummaries([execution], { cache: getSharedHistoryCache() }));
    const summary = summaries.get(execution.arn);
    if (summary) return formatFailureLine(summary);
    const detail = await limit(() => describeExecution(execution.arn));
    return formatFailureLine({ error: detail.error, cause: detail.cause });
  } catch (error) {
    if (isDataSourceError(error)) return undefined;
    throw error;
  }
}

const MUTED = 'text-zinc-500 dark:text-zinc-400';

/**
 * A row's newest failure, read only for the rows on the page shown and only when the window's counts
 * do not already say there was none. It is the newest overall, so it may predate the window: its
 * time says so.
 */
export async function OverviewLastFailureSection({
  row,
  windowLabel,
  limit,
}: {
  row: MachineCounts;
  windowLabel: string;
  limit: ConcurrencyLimiter;
}) {
  const { failed, timedOut } = row.counts;
  if (failed === 0 && (timedOut ?? 0) === 0) return <span className={MUTED}>none in {windowLabel.replace(/^Last /, 'the last ')}</span>;
  let failure: ExecutionSummary | undefined;
  try {
    failure = await readNewestFailure(row, limit);
  } catch (error) {
    if (!isDataSourceError(error)) throw error;
    return <span className={MUTED}>could not be read</span>;
  }
  if (!failure) return <span className={MUTED}>none</span>;
  const errorLine = await readErrorLine(failure, limit);
  return (
    <div className="space-y-0.5">
      <Link
        href={executionHref(failure.arn)}
        prefetch={false}
        className="font-medium break-all text-indigo-600 hover:underline dark:text-indigo-400"
      >
        {failure.name}
      </Link>
      <div className={`text-xs whitespace-nowrap tabular-nums ${MUTED}`}>{formatDateTime(failure.stoppedAt ?? failure.startedAt)}</div>
      {errorLine && (
        <div data-testid="last-failure-line" className="font-mono text-xs break-words text-red-700 dark:text-red-400">
          {errorLine}
        </div>
      )}
    </div>
  );
}
