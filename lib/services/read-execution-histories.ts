import { getExecutionHistoryWithoutData } from '../aws/get-execution-history-without-data';
import type { CostSfnCaller } from '../aws/cost-sfn-caller';
import type { CountingHistoryCache } from './execution-index/counting-history-cache';
import type { ExecutionSummary, HistoryEventRecord } from '../domain';

export interface ReadHistoriesOptions {
  cache?: CountingHistoryCache;
  /** Histories read at once; the rate limiter still paces the calls. Default 8. */
  concurrency?: number;
  onProgress?: (done: number, total: number) => void;
}

/**
 * Reads each execution's history, from the execution index when it is there, and hands it to `handle` as it
 * arrives so that 10,000 histories are never all in memory. At most `concurrency` reads run at once.
 * Finished executions go into the index (without data); running ones never do.
 */
export async function readExecutionHistories(
  caller: CostSfnCaller,
  executions: readonly ExecutionSummary[],
  handle: (execution: ExecutionSummary, events: HistoryEventRecord[]) => void,
  options: ReadHistoriesOptions = {},
): Promise<void> {
  const endpoint = await caller.endpoint();
  const concurrency = Math.max(1, options.concurrency ?? 8);
  // One iterator shared by the workers: each takes the next execution not yet taken.
  const queue = executions.values();
  let done = 0;
  const worker = async () => {
    for (const execution of queue) {
      const key = { source: endpoint, executionArn: execution.arn, startedAt: execution.startedAt, redriveCount: execution.redriveCount };
      // A running execution is read fresh every time, whatever the cache holds.
      let events = execution.status === 'RUNNING' ? undefined : await options.cache?.get(key);
      if (!events) {
        events = await getExecutionHistoryWithoutData(caller, execution.arn);
        await options.cache?.put(key, execution.status, events);
      }
      handle(execution, events);
      options.onProgress?.(++done, executions.length);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, executions.length) }, worker));
}
