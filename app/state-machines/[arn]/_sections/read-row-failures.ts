import type { RowFailure } from '@/components/executions/execution-error-cell';
import { describeExecution, isDataSourceError, type ExecutionSummary } from '@/lib/aws';
import { mapWithConcurrency } from '@/lib/execution-list/create-concurrency-limiter';
import { FAILURE_STATUSES } from '@/lib/execution-list/summarize-executions';
import { getSharedHistoryCache, readFailureSummaries } from '@/lib/services';

/** DescribeExecution calls in flight at once for one page (DescribeExecution's bucket is 200 / 20 per s). */
const DESCRIBE_CONCURRENCY = 4;

/**
 * Error and cause of the failed and timed-out rows on the page shown, and only those: ListExecutions
 * does not return them. Each row's history (cached once the execution finished) says what led to a
 * Fail state; a row whose history cannot be read falls back to DescribeExecution, and one unreadable
 * either way says so without failing the list.
 */
export async function readRowFailures(executions: readonly ExecutionSummary[]): Promise<Record<string, RowFailure>> {
  const failed = executions.filter((execution) => FAILURE_STATUSES.includes(execution.status));
  const summaries = await readFailureSummaries(failed, { cache: getSharedHistoryCache() });
  const entries = await mapWithConcurrency(failed, DESCRIBE_CONCURRENCY, async (execution): Promise<[string, RowFailure]> => {
    const summary = summaries.get(execution.arn);
    if (summary) return [execution.arn, summary];
    try {
      const detail = await describeExecution(execution.arn);
      return [execution.arn, { error: detail.error, cause: detail.cause }];
    } catch (error) {
      if (isDataSourceError(error)) return [execution.arn, 'unavailable'];
      throw error;
    }
  });
  return Object.fromEntries(entries);
}
