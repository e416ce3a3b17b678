import { readPages } from '../paging/read-pages';
import type { ExecutionPage, ExecutionSummary } from '../domain';

export type ScanStop =
  /** No page left. */
  | 'exhausted'
  /** An execution started before `startedFrom`: pages are newest first, so nothing later can match. */
  | 'past-start'
  /** Enough matches for one screen; `nextToken` continues. */
  | 'enough'
  /** `maxPages` read; `nextToken` continues. */
  | 'page-cap';

export interface ExecutionScan {
  executions: ExecutionSummary[];
  /** Where to continue; undefined when nothing more can match. */
  nextToken?: string;
  pagesRead: number;
  stoppedBy: ScanStop;
}

export interface ScanOptions {
  /** One ListExecutions call, with every argument but the token fixed. */
  fetchPage: (nextToken: string | undefined) => Promise<ExecutionPage>;
  startToken?: string;
  maxPages: number;
  /**
   * Pages are newest first (docs/aws-behaviour.md#listexecutions), so reading stops at the first
   * execution older than this.
   */
  startedFrom?: Date;
  accept?: (execution: ExecutionSummary) => boolean;
  /** Stop after the page on which this many executions matched. */
  enough?: number;
}

/**
 * Reads ListExecutions pages forward from `startToken` until one of the stop rules holds, keeping
 * the executions that match. Never reads more than `maxPages`, so a filter that matches little cannot
 * turn one request into a crawl of the whole history.
 */
export async function scanExecutionPages(options: ScanOptions): Promise<ExecutionScan> {
  if (!Number.isInteger(options.maxPages) || options.maxPages < 1) {
    throw new RangeError(`scanExecutionPages: maxPages must be a positive integer, got ${options.maxPages}`);
  }
  const executions: ExecutionSummary[] = [];
  const fromMs = options.startedFrom?.getTime();
  let pagesRead = 0;
  for await (const page of readPages(options.fetchPage, options.startToken)) {
    pagesRead += 1;
    let pastStart = false;
    for (const execution of page.executions) {
      if (fromMs !== undefined && execution.startedAt.getTime() < fromMs) {
        pastStart = true;
        continue;
      }
      if (!options.accept || options.accept(execution)) executions.push(execution);
    }
    if (pastStart) return { executions, pagesRead, stoppedBy: 'past-start' };
    const token = page.nextToken || undefined;
    if (!token) break;
    if (options.enough !== undefined && executions.length >= options.enough) {
      return { executions, nextToken: token, pagesRead, stoppedBy: 'enough' };
    }
    if (pagesRead >= options.maxPages) return { executions, nextToken: token, pagesRead, stoppedBy: 'page-cap' };
  }
  return { executions, pagesRead, stoppedBy: 'exhausted' };
}
