import { createCostSfnCaller, type CostSfnCaller } from '../aws/cost-sfn-caller';
import { isDataSourceError } from '../aws/errors';
import { isExpressExecutionArn } from '../aws/express-arns';
import { getExecutionHistory } from '../aws/get-execution-history';
import { ArnRegionError, regionFromArn } from '../cost/region-from-arn';
import type { ExecutionSummary, HistoryEventRecord } from '../domain';
import { mapWithConcurrency } from '../execution-list/create-concurrency-limiter';
import { toFailureSummary, type FailureSummary } from '../execution-list/failure-summary';
import { buildExecutionTimeline } from '../history/build-execution-timeline';
import { HistoryInputError } from '../history/history-input-error';
import { parseHistoryDocument } from '../history/parse-history-document';
import type { CountingHistoryCache } from './execution-index/counting-history-cache';
import { readExecutionHistories } from './read-execution-histories';

export interface ReadFailureSummariesOptions {
  cache?: CountingHistoryCache;
  /** Histories read at once. Default 4. */
  concurrency?: number;
  /** One caller per region; tests pass a fake. Default: createCostSfnCaller, paced by the shared limiter. */
  callerFor?: (region: string) => CostSfnCaller;
  /** Reads a history with its execution data (never cached). Default: lib/aws getExecutionHistory. */
  readWithData?: (executionArn: string) => Promise<HistoryEventRecord[]>;
}

const summarize = (events: HistoryEventRecord[], executionArn: string): FailureSummary => {
  const parsed = parseHistoryDocument(events, executionArn);
  return toFailureSummary(buildExecutionTimeline(parsed.events, parsed));
};

async function isStoredWithData(cache: CountingHistoryCache | undefined, source: string, execution: ExecutionSummary): Promise<boolean> {
  if (!cache || execution.status === 'RUNNING') return false;
  const key = { source, executionArn: execution.arn, startedAt: execution.startedAt, redriveCount: execution.redriveCount };
  return (await cache.store.getHistory(key))?.includesData === true;
}

/** Unreadable or malformed: the row keeps the line it had; anything else is a bug. */
const isUnreadable = (error: unknown) => isDataSourceError(error) || error instanceof HistoryInputError || error instanceof ArnRegionError;

/**
 * The failure summary of each execution from its history (DescribeExecution has only the Fail state's
 * error and cause; the history also has the error that led there). Histories are read without
 * execution data, through the cache, so a finished execution is read once per process. An execution
 * whose history cannot be read (a data-source error, a malformed history, or an Express execution, which has no history
 * API) gets no entry: the caller falls back to DescribeExecution. A Fail state reached without a
 * caught error may hold its reason in its input, which only the history with execution data has: that
 * history is read again, with data and not cached (payloads stay off disk), for those rows only.
 */
export async function readFailureSummaries(
  executions: readonly ExecutionSummary[],
  options: ReadFailureSummariesOptions = {},
): Promise<Map<string, FailureSummary>> {
  const callerFor = options.callerFor ?? ((region: string) => createCostSfnCaller({ region }));
  const readWithData = options.readWithData ?? getExecutionHistory;
  const callers = new Map<string, CostSfnCaller>();
  const summaries = new Map<string, FailureSummary>();
  const readable = executions.filter((execution) => !isExpressExecutionArn(execution.arn));
  try {
    await mapWithConcurrency(readable, Math.max(1, options.concurrency ?? 4), async (execution) => {
      let source: string;
      try {
        const region = regionFromArn(execution.arn);
        let caller = callers.get(region);
        if (!caller) callers.set(region, (caller = callerFor(region)));
        source = await caller.endpoint();
        await readExecutionHistories(caller, [execution], (_, events) => summaries.set(execution.arn, summarize(events, execution.arn)), {
          cache: options.cache,
          concurrency: 1,
        });
      } catch (error) {
        if (!isUnreadable(error)) throw error;
        return;
      }
      const summary = summaries.get(execution.arn);
      if (!summary?.failState || summary.causedBy || summary.reason) return;
      // The index synced this history with its data: the Fail state's input was already looked at.
      if (await isStoredWithData(options.cache, source, execution)) return;
      try {
        summaries.set(execution.arn, summarize(await readWithData(execution.arn), execution.arn));
      } catch (error) {
        if (!isUnreadable(error)) throw error;
      }
    });
  } finally {
    for (const caller of callers.values()) caller.close();
  }
  return summaries;
}
