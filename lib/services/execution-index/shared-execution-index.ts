import path from 'node:path';
import { ExecutionIndexFileError } from '../../execution-index/sqlite/open-sqlite-database';
import { SqliteExecutionIndexStore } from '../../execution-index/sqlite/sqlite-execution-index-store';
import type { ExecutionIndexStore } from '../../execution-index/types';
import { CountingHistoryCache } from './counting-history-cache';
import { DEFAULT_INDEX_FILE } from './index-settings';

export { DEFAULT_INDEX_FILE };
export const INDEX_FILE_VARIABLE = 'STATESCOPE_INDEX';

const SHARED = Symbol.for('statescope.executionIndex');
interface SharedIndex {
  file: string;
  store: ExecutionIndexStore;
  histories: CountingHistoryCache;
}
type GlobalWithIndex = typeof globalThis & { [SHARED]?: SharedIndex };

/**
 * The index file $STATESCOPE_INDEX names (trimmed, resolved against the working directory), else
 * .statescope/index.db there: the file the dashboard's background sync writes (readIndexSettings).
 */
export function resolveIndexFile(env: Readonly<Record<string, string | undefined>> = process.env): string {
  const configured = env[INDEX_FILE_VARIABLE]?.trim();
  if (configured === ':memory:') return configured;
  return path.resolve(configured || DEFAULT_INDEX_FILE);
}

function shared(): SharedIndex {
  const scope = globalThis as GlobalWithIndex;
  const existing = scope[SHARED];
  if (existing) return existing;
  const file = resolveIndexFile();
  let store: ExecutionIndexStore;
  try {
    store = new SqliteExecutionIndexStore(file);
  } catch (error) {
    if (!(error instanceof ExecutionIndexFileError)) throw error;
    throw new ExecutionIndexFileError(file, `${error.message} (${INDEX_FILE_VARIABLE} sets which file the index uses.)`, { cause: error });
  }
  return (scope[SHARED] = { file, store, histories: new CountingHistoryCache(store) });
}

/**
 * The process's one execution index ($STATESCOPE_INDEX, default .statescope/index.db), opened on first
 * use. Kept on globalThis so every copy of this module (the app may bundle it more than once) shares
 * it, and the variable is read once: a later change does not move the index.
 */
export function getSharedExecutionIndex(): ExecutionIndexStore {
  return shared().store;
}

/** The shared index's histories for the cost review and failure summaries, counted over the process's life. */
export function getSharedHistoryCache(): CountingHistoryCache {
  return shared().histories;
}
