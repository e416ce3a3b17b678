import { GetExecutionHistoryCommand } from '@aws-sdk/client-sfn';
import { readPages } from '../paging/read-pages';
import type { CostSfnCaller } from './cost-sfn-caller';
import { toHistoryEventRecord } from './get-execution-history';
import type { HistoryCache } from './history-cache';
import type { ExecutionSummary, HistoryEventRecord } from '../domain';

export interface ReadHistoriesOptions {
  cache?: HistoryCache;
  /** Histories read at once; the rate limiter still paces the calls. Default 8. */
  concurrency?: number;
  onProgress?: (done: number, total: number) => void;
}

/** One history without execution data: the cost review needs event types and links, not payloads. */
export async function getExecutionHistoryWithoutData(caller: CostSfnCaller, executionArn: string): Promise<HistoryEventRecord[]> {
  const events: HistoryEventRecord[] = [];
  // One caller.send a page: each is counted, paced and retried on its own.
  const pages = readPages((nextToken) =>
    caller.send('GetExecutionHistory', executionArn, (sfn) =>
      sfn.send(new GetExecutionHistoryCommand({ executionArn, maxResults: 1000, includeExecutionData: false, nextToken })),
    ),
  );
  for await (const page of pages) for (const event of page.events ?? []) events.push(toHistoryEventRecord(event));
  return events;
}

/**
 * Reads each execution's history, from the cache when it is there, and hands it to `handle` as it
 * arrives so that 10,000 histories are never all in memory. At most `concurrency` reads run at once.
 * Finished executions go into the cache; running ones never do.
 */
export async function readExecutionHistories(
  caller: CostSfnCaller,
  executions: readonly ExecutionSummary[],
  handle: (execution: ExecutionSummary, events: HistoryEventRecord[]) => void,
  options: ReadHistoriesOptions = {},
): Promise<void> {
  const endpoint = await caller.endpoint();
  const concurrency = Math.max(1, options.concurrency ?? 8);
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < executions.length) {
      const execution = executions[next++]!;
      const key = { endpoint, executionArn: execution.arn, startedAt: execution.startedAt, redriveCount: execution.redriveCount };
      // A running execution is read fresh every time, whatever the cache holds.
      let events = execution.status === 'RUNNING' ? undefined : options.cache?.get(key);
      if (!events) {
        events = await getExecutionHistoryWithoutData(caller, execution.arn);
        options.cache?.put(key, execution.status, events);
      }
      handle(execution, events);
      options.onProgress?.(++done, executions.length);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, executions.length) }, worker));
}
