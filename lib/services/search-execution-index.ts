import { isExecutionQueryError } from '../execution-index/execution-query-error';
import { hasSearchCriteria, toSearchQuery, type SearchUrlState } from '../execution-index/query/search-url';
import type { ExecutionSearchPage } from '../execution-index/types';
import { getSharedExecutionIndex } from './execution-index/shared-execution-index';
import { readIndexOverview, type IndexOverview } from './read-index-overview';

const PAGE_SIZE = 25;

export type ExecutionSearchResult = IndexOverview &
  (
    | { kind: 'idle' }
    | { kind: 'invalid'; message: string; field: string }
    | { kind: 'results'; page: ExecutionSearchPage; matchesNothing: boolean }
  );

/**
 * The search page's read: the index's overview, then the search the URL asks for. A query the
 * parser or the store cannot run is a value with its message (the page answers 400), never a throw.
 */
export async function searchExecutionIndex(state: SearchUrlState, now: Date = new Date()): Promise<ExecutionSearchResult> {
  const index = getSharedExecutionIndex();
  const overview = await readIndexOverview(index);
  if (!hasSearchCriteria(state)) return { ...overview, kind: 'idle' };
  const built = toSearchQuery(state, { now, machines: overview.machines, limit: PAGE_SIZE });
  if ('error' in built) return { ...overview, kind: 'invalid', message: built.error, field: built.field };
  if (built.matchesNothing) return { ...overview, kind: 'results', page: { hits: [], total: 0 }, matchesNothing: true };
  try {
    return { ...overview, kind: 'results', page: await index.search(built.query), matchesNothing: false };
  } catch (error) {
    if (isExecutionQueryError(error)) return { ...overview, kind: 'invalid', message: error.message, field: 'q' };
    throw error;
  }
}
