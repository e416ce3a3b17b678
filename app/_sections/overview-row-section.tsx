import { OverviewRow } from '@/components/state-machines/overview-row';
import { OverviewRowProblem } from '@/components/state-machines/overview-row-states';
import {
  describeExecution,
  getStateMachineLogCoverage,
  isDataSourceError,
  listExecutionsSince,
  type ExecutionsSince,
  type ExecutionSummary,
  type StateMachineSummary,
} from '@/lib/aws';
import type { ConcurrencyLimiter } from '@/lib/execution-list/create-concurrency-limiter';
import { overviewLogCaveat } from '@/lib/execution-list/overview-log-caveat';
import { formatFailureLine } from '@/lib/execution-list/failure-summary';
import { OVERVIEW_LOOKBACK_MS } from '@/lib/execution-list/overview-windows';
import { summarizeExecutions } from '@/lib/execution-list/summarize-executions';
import { getSharedHistoryCache, readFailureSummaries } from '@/lib/services';
import { OVERVIEW_LIMITS } from './overview-limits';

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

/** What an Express machine's log level leaves out of its row; a nicety, so a failure to read it loses only the note. */
async function readLogCaveat(machine: StateMachineSummary, limit: ConcurrencyLimiter): Promise<string | undefined> {
  if (machine.type !== 'EXPRESS') return undefined;
  try {
    const logging = await limit(() => getStateMachineLogCoverage(machine.arn));
    return logging ? overviewLogCaveat(logging.coverage.level) : undefined;
  } catch (error) {
    if (isDataSourceError(error)) return undefined;
    throw error;
  }
}

/**
 * One overview row; every row of the page shares `limit`, so only a few machines are read at once.
 * Express machines go through the same call: lib/aws reads their executions from CloudWatch Logs.
 */
export async function OverviewRowSection({ machine, limit, now }: { machine: StateMachineSummary; limit: ConcurrencyLimiter; now: Date }) {
  let recent: ExecutionsSince;
  try {
    recent = await limit(() =>
      listExecutionsSince({
        stateMachineArn: machine.arn,
        since: new Date(now.getTime() - OVERVIEW_LOOKBACK_MS),
        maxPages: OVERVIEW_LIMITS.maxPagesPerMachine,
        pageSize: OVERVIEW_LIMITS.pageSize,
      }),
    );
  } catch (error) {
    if (!isDataSourceError(error)) throw error;
    return <OverviewRowProblem machine={machine} problem={error.toProblem()} />;
  }
  const overview = summarizeExecutions(recent.executions, now, recent.capped);
  const [lastFailureError, logCaveat] = await Promise.all([
    overview.lastFailure ? readErrorLine(overview.lastFailure, limit) : undefined,
    readLogCaveat(machine, limit),
  ]);
  return (
    <OverviewRow
      machine={machine}
      overview={overview}
      cappedAt={recent.capped ? recent.executions.length : undefined}
      lastFailureError={lastFailureError}
      logCaveat={logCaveat}
    />
  );
}
