import { OVERVIEW_SORT_KEYS, type OverviewQuery } from '@/components/state-machines/overview-query';
import { readSearchParam } from '@/components/routes';

type SearchParams = Record<string, string | string[] | undefined>;

/**
 * The overview's URL state. The window stays as typed (lib/metrics parses it and explains a bad one);
 * an unknown sort or page is dropped rather than guessed at. A number sort starts highest first.
 */
export function readOverviewQuery(params: SearchParams): OverviewQuery {
  const sortText = readSearchParam(params.sort);
  const sort = OVERVIEW_SORT_KEYS.find((known) => known === sortText);
  const dirText = readSearchParam(params.dir);
  const pageText = readSearchParam(params.page);
  const page = pageText && /^\d{1,6}$/.test(pageText) && Number(pageText) >= 1 ? Number(pageText) : undefined;
  return {
    window: readSearchParam(params.window),
    from: readSearchParam(params.from),
    to: readSearchParam(params.to),
    q: readSearchParam(params.q),
    sort,
    dir: sort === undefined ? undefined : dirText === 'asc' || dirText === 'desc' ? dirText : sort === 'name' ? 'asc' : 'desc',
    page,
  };
}

export const DEFAULT_REFRESH_SECONDS = 30;

/** `?refresh=N`: seconds between refreshes, 5 to 3,600; anything else is the default 30. */
export function readRefreshIntervalMs(params: SearchParams): number {
  const text = readSearchParam(params.refresh);
  const seconds = text && /^\d{1,4}$/.test(text) ? Number(text) : DEFAULT_REFRESH_SECONDS;
  return (seconds >= 5 && seconds <= 3600 ? seconds : DEFAULT_REFRESH_SECONDS) * 1000;
}
