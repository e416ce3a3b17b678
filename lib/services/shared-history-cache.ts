import { DEFAULT_CACHE_FILE, HistoryCache } from './history-cache';

export const CACHE_FILE_VARIABLE = 'STATESCOPE_HISTORY_CACHE';

const SHARED = Symbol.for('statescope.historyCache');
type GlobalWithCache = typeof globalThis & { [SHARED]?: HistoryCache };

/** One cache per process ($STATESCOPE_HISTORY_CACHE, default .statescope/cache/histories.sqlite). */
export function getSharedHistoryCache(): HistoryCache {
  const scope = globalThis as GlobalWithCache;
  return (scope[SHARED] ??= new HistoryCache(process.env[CACHE_FILE_VARIABLE]?.trim() || DEFAULT_CACHE_FILE));
}
