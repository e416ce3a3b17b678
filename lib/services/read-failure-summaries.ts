import { createCostSfnCaller, type CostSfnCaller } from '../aws/cost-sfn-caller';
import { isDataSourceError } from '../aws/errors';
import { isExpressExecutionArn } from '../aws/express-arns';
import { ArnRegionError, regionFromArn } from '../cost/region-from-arn';
import type { ExecutionSummary } from '../domain';
import { mapWithConcurrency } from '../execution-list/create-concurrency-limiter';
import { toFailureSummary, type FailureSummary } from '../execution-list/failure-summary';
import { buildExecutionTimeline } from '../history/build-execution-timeline';
import { HistoryInputError } from '../history/history-input-error';
import { parseHistoryDocument } from '../history/parse-history-document';
import type { HistoryCache } from './history-cache';
import { readExecutionHistories } from './read-execution-histories';

export interface ReadFailureSummariesOptions {
  cache?: HistoryCache;
  /** Histories read at once. Default 4. */
  concurrency?: number;
  /** One caller per region; tests pass a fake. Default: createCostSfnCaller, paced by the shared limiter. */
  callerFor?: (region: string) => CostSfnCaller;
}

/**
 * The failure summary of each execution from its history (DescribeExecution has only the Fail state's
 * error and cause; the history also has the error that led there). Histories are read without
 * execution data, through the cache, so a finished execution is read once per process. An execution
 * whose history cannot be read (a data-source error, a malformed history, or an Express execution, which has no history
 * API) gets no entry: the caller falls back to DescribeExecution.
 */
export async function readFailureSummaries(
  executions: readonly ExecutionSummary[],
  options: ReadFailureSummariesOptions = {},
): Promise<Map<string, FailureSummary>> {
  const callerFor = options.callerFor ?? ((region: string) => createCostSfnCaller({ region }));
  const callers = new Map<string, CostSfnCaller>();
  const summaries = new Map<string, FailureSummary>();
  const readable = executions.filter((execution) => !isExpressExecutionArn(execution.arn));
  try {
    await mapWithConcurrency(readable, Math.max(1, options.concurrency ?? 4), async (execution) => {
      try {
        const region = regionFromArn(execution.arn);
        let caller = callers.get(region);
        if (!caller) callers.set(region, (caller = callerFor(region)));
        await readExecutionHistories(
          caller,
          [execution],
          (_, events) => {
            const parsed = parseHistoryDocument(events, execution.arn);
            summaries.set(execution.arn, toFailureSummary(buildExecutionTimeline(parsed.events, parsed)));
          },
          { cache: options.cache, concurrency: 1 },
        );
      } catch (error) {
        // Unreadable or malformed: this row keeps DescribeExecution's line; anything else is a bug.
        if (!isDataSourceError(error) && !(error instanceof HistoryInputError) && !(error instanceof ArnRegionError)) throw error;
      }
    });
  } finally {
    for (const caller of callers.values()) caller.close();
  }
  return summaries;
}
