import { hasExecutionFilter, matchesExecutionFilter, type ExecutionFilter } from '../execution-list/execution-filter';
import { scanExecutionPages, type ExecutionScan } from '../execution-list/scan-execution-pages';
import { listExecutions } from './list-executions';
import type { ExecutionStatus } from '../domain';

export interface ListMatchingExecutionsInput {
  stateMachineArn: string;
  statusFilter?: ExecutionStatus;
  nextToken?: string;
  /** ListExecutions page size, and how many matches make one screen. */
  maxResults: number;
  /** Name and time filters, which ListExecutions does not take; applied to the pages read. */
  filter: ExecutionFilter;
  /** How many pages one request may read looking for matches. */
  maxPages: number;
}

/**
 * One screen of executions. Without a name or time filter this is exactly one ListExecutions page;
 * with one, pages are read forward until a screen's worth matched, the start bound is passed, or
 * `maxPages` ran out. The returned token continues from there, so paging stays the API's own.
 */
export function listMatchingExecutions(input: ListMatchingExecutionsInput): Promise<ExecutionScan> {
  const filtered = hasExecutionFilter(input.filter);
  return scanExecutionPages({
    fetchPage: (nextToken) =>
      listExecutions({ stateMachineArn: input.stateMachineArn, statusFilter: input.statusFilter, nextToken, maxResults: input.maxResults }),
    startToken: input.nextToken,
    maxPages: filtered ? input.maxPages : 1,
    startedFrom: input.filter.startedFrom,
    accept: filtered ? (execution) => matchesExecutionFilter(execution, input.filter) : undefined,
    enough: input.maxResults,
  });
}
