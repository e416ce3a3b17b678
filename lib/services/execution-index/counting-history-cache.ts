import type { ExecutionStatus, HistoryEventRecord } from '../../domain';
import type { ExecutionIndexStore, StoredHistoryKey } from '../../execution-index/types';

export interface HistoryCacheStats {
  hits: number;
  misses: number;
  writes: number;
  /** Writes refused because the execution was not finished. */
  refused: number;
}

/**
 * The execution index's histories as the cost review and the failure summaries read them: without
 * execution data (they need none, and personal data should not land on disk for them), keyed by the
 * endpoint they came from, counted. A copy stored with data serves too. A running execution is never
 * stored, so its history is always read fresh.
 */
export class CountingHistoryCache {
  readonly stats: HistoryCacheStats = { hits: 0, misses: 0, writes: 0, refused: 0 };

  constructor(readonly store: ExecutionIndexStore) {}

  async get(key: StoredHistoryKey): Promise<HistoryEventRecord[] | undefined> {
    const stored = await this.store.getHistory(key);
    if (stored) this.stats.hits += 1;
    else this.stats.misses += 1;
    return stored?.events;
  }

  /** Stores a finished execution's history (without data); returns false, storing nothing, for an unfinished one. */
  async put(key: StoredHistoryKey, status: ExecutionStatus, events: readonly HistoryEventRecord[]): Promise<boolean> {
    const stored = await this.store.putHistory(key, status, events, false);
    if (stored) this.stats.writes += 1;
    else this.stats.refused += 1;
    return stored;
  }
}
