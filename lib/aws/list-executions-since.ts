import { scanExecutionPages } from '../execution-list/scan-execution-pages';
import { listExecutions } from './list-executions';
import type { ExecutionSummary } from '../domain';

export interface ExecutionsSince {
  /** Executions started at or after `since`, newest first. */
  executions: ExecutionSummary[];
  /** True when `maxPages` ran out before reaching `since`: older executions in the window were not read. */
  capped: boolean;
  pagesRead: number;
}

/**
 * The executions of one state machine started since a time, reading ListExecutions pages (newest
 * first) only until they go past it, and never more than `maxPages` pages of `pageSize`.
 */
export async function listExecutionsSince(input: {
  stateMachineArn: string;
  since: Date;
  maxPages: number;
  pageSize: number;
}): Promise<ExecutionsSince> {
  const scan = await scanExecutionPages({
    fetchPage: (nextToken) => listExecutions({ stateMachineArn: input.stateMachineArn, nextToken, maxResults: input.pageSize }),
    maxPages: input.maxPages,
    startedFrom: input.since,
  });
  return { executions: scan.executions, capped: scan.stoppedBy === 'page-cap', pagesRead: scan.pagesRead };
}
