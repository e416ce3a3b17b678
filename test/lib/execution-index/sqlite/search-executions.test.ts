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

  it('pages through thousands of matches, walking the newest-first index, each once and in order', async () => {
    const records = Array.from({ length: 2000 }, (_, i) =>
      indexedExecution(`w${String(i).padStart(4, '0')}`, i % 97, {
        input: payload({ amount: i % 4, note: i % 7 ? 'common word' : 'rare' }),
      }),
    );
    await store.putExecutions(records);
    const expected = records
      .filter((record) => JSON.parse(record.input?.text ?? '{}').amount > 0 && record.input?.text.includes('common'))
      .sort((a, b) => b.startedAt.getTime() - a.startedAt.getTime() || (a.executionArn < b.executionArn ? -1 : 1))
      .map((record) => record.name);
    expect(expected.length).toBeGreaterThan(1000);
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await store.search({ text: 'common', fields: [{ path: '$.amount', operator: '>', value: 0 }], limit: 97, cursor });
      expect(page.total).toBe(expected.length);
      seen.push(...page.hits.map((hit) => hit.execution.name));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(expected);
  });
});
