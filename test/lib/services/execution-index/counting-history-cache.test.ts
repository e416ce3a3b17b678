import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HistoryEventRecord } from '@/lib/domain';
import { SqliteExecutionIndexStore } from '@/lib/execution-index/sqlite/sqlite-execution-index-store';
import { CountingHistoryCache } from '@/lib/services/execution-index/counting-history-cache';

const KEY = {
  source: 'http://127.0.0.1:8083',
  executionArn: 'arn:aws:states:us-east-1:123456789012:execution:orders:run-1',
  startedAt: new Date('2026-11-30T10:00:00Z'),
  redriveCount: 0,
};
const EVENTS: HistoryEventRecord[] = [
  { id: 1, previousEventId: 0, type: 'ExecutionStarted', timestamp: new Date('2026-11-30T10:00:00Z') },
  { id: 2, previousEventId: 1, type: 'ExecutionSucceeded', timestamp: new Date('2026-11-30T10:00:00.020Z') },
];

let store: SqliteExecutionIndexStore;
beforeEach(() => {
  store = new SqliteExecutionIndexStore(':memory:');
});
afterEach(() => store.close());

describe('CountingHistoryCache', () => {
  it('counts misses, writes and hits, and stores histories without execution data', async () => {
    const cache = new CountingHistoryCache(store);
    expect(await cache.get(KEY)).toBeUndefined();
    expect(await cache.put(KEY, 'SUCCEEDED', EVENTS)).toBe(true);
    expect(await cache.get(KEY)).toEqual(EVENTS);
    expect(cache.stats).toEqual({ hits: 1, misses: 1, writes: 1, refused: 0 });
    expect((await store.getHistory(KEY))?.includesData).toBe(false);
  });

  it.each(['RUNNING', 'PENDING_REDRIVE'] as const)('counts a %s history as refused and stores nothing', async (status) => {
    const cache = new CountingHistoryCache(store);
    expect(await cache.put(KEY, status, EVENTS)).toBe(false);
    expect(cache.stats).toEqual({ hits: 0, misses: 0, writes: 0, refused: 1 });
    expect((await store.stats()).histories).toBe(0);
  });

  it('serves a copy the sync stored with execution data, and never downgrades it', async () => {
    const withData = EVENTS.map((event) => (event.id === 1 ? { ...event, executionStartedEventDetails: { input: '{"a":1}' } } : event));
    await store.putHistory(KEY, 'SUCCEEDED', withData, true);
    const cache = new CountingHistoryCache(store);
    expect(await cache.get(KEY)).toEqual(withData);
    await cache.put(KEY, 'SUCCEEDED', EVENTS);
    expect(await store.getHistory(KEY)).toMatchObject({ includesData: true, events: withData });
  });
});
