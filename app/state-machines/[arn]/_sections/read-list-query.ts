import type { ExecutionsListQuery } from '@/components/executions/executions-list-query';
import { readSearchParam } from '@/components/routes';
import { EXECUTION_STATUSES } from '@/lib/aws';
import { EXECUTION_SORT_KEYS } from '@/lib/execution-list/sort-executions';
import { customPageSize, toPageSize } from './page-size';

type SearchParams = Record<string, string | string[] | undefined>;

/** The executions list's URL state; unknown values are dropped rather than guessed at. */
export function readListQuery(params: SearchParams): ExecutionsListQuery & { pageSize: number } {
  const status = readSearchParam(params.status)?.toUpperCase();
  const sortText = readSearchParam(params.sort);
  // A direction only goes with a sort key this list knows: descending unless dir=asc.
  const sort = EXECUTION_SORT_KEYS.find((known) => known === sortText);
  const pageSize = toPageSize(readSearchParam(params.maxResults));
  return {
    status: EXECUTION_STATUSES.find((known) => known === status),
    maxResults: customPageSize(pageSize),
    pageSize,
    nextToken: readSearchParam(params.nextToken),
    name: readSearchParam(params.name),
    range: readSearchParam(params.range),
    from: readSearchParam(params.from),
    to: readSearchParam(params.to),
    sort,
    dir: sort === undefined ? undefined : readSearchParam(params.dir) === 'asc' ? 'asc' : 'desc',
    // The charts read and check these themselves; the list only carries them along.
    window: readSearchParam(params.window),
    windowFrom: readSearchParam(params.windowFrom),
    windowTo: readSearchParam(params.windowTo),
  };
}
