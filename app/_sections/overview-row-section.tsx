import { OverviewRow } from '@/components/state-machines/overview-row';
import { OverviewRowProblem } from '@/components/state-machines/overview-row-states';
import {
  describeExecution,
  getStateMachineLogCoverage,
  isDataSourceError,
  listExecutionsSince,
  type ExecutionsSince,
  type StateMachineSummary,
} from '@/lib/aws';
import type { ConcurrencyLimiter } from '@/lib/execution-list/create-concurrency-limiter';
import { overviewLogCaveat } from '@/lib/execution-list/overview-log-caveat';
import { OVERVIEW_LOOKBACK_MS } from '@/lib/execution-list/overview-windows';
import { summarizeCause } from '@/lib/execution-list/summarize-cause';
import { summarizeExecutions } from '@/lib/execution-list/summarize-executions';
import { OVERVIEW_LIMITS } from './overview-limits';

/** The last failure's error is a nicety: one DescribeExecution, and its failure only loses that line. */
async function readErrorLine(executionArn: string, limit: ConcurrencyLimiter): Promise<string | undefined> {
  try {
    const detail = await limit(() => describeExecution(executionArn));
    const cause = summarizeCause(detail.cause);
    return [detail.error, cause].filter(Boolean).join(': ') || undefined;
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
    overview.lastFailure ? readErrorLine(overview.lastFailure.arn, limit) : undefined,
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
