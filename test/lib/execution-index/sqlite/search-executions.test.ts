import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '@/lib/execution-index/sqlite/search-executions';
import { SqliteExecutionIndexStore } from '@/lib/execution-index/sqlite/sqlite-execution-index-store';
import { indexedExecution, payload } from '../../../support/execution-index/indexed-execution';

// The store contract (sqlite-execution-index-store.test.ts) covers search in full; these are the
// SQLite-specific details of the snippet.
let store: SqliteExecutionIndexStore;
beforeEach(() => {
  store = new SqliteExecutionIndexStore(':memory:');
});
afterEach(() => store.close());

describe('searchExecutions', () => {
  it('pages 50 by default and at most 500', () => {
    expect([DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE]).toEqual([50, 500]);
  });

  it('marks only the matched terms, even in text that holds « and » itself', async () => {
    await store.putExecutions([indexedExecution('a', 1, { input: payload({ note: '«quoted» text about ORD-1 and more' }) })]);
    const [hit] = (await store.search({ text: 'ORD-1' })).hits;
    expect(hit?.snippet).toBe('{"note":"«quoted» text about «ORD-1» and more"}');
  });

  it('cuts a long payload around the match', async () => {
    const words = Array.from({ length: 400 }, (_, i) => `word${i}`);
    words[200] = 'NEEDLE-7';
    await store.putExecutions([indexedExecution('a', 1, { input: payload({ text: words.join(' ') }) })]);
    const [hit] = (await store.search({ text: 'NEEDLE-7' })).hits;
    expect(hit?.snippet).toMatch(/^….*«NEEDLE-7».*…$/);
    expect(hit?.snippet?.length).toBeLessThan(200);
  });
});
