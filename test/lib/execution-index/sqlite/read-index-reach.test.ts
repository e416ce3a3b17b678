import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SqliteExecutionIndexStore } from '@/lib/execution-index/sqlite/sqlite-execution-index-store';
import { ORDERS, SOURCE, T0 } from '../../../support/execution-index/indexed-execution';

// The store contract covers reach in full; this is the one cursor a sync can leave that it does not.
let store: SqliteExecutionIndexStore;
beforeEach(() => {
  store = new SqliteExecutionIndexStore(':memory:');
});
afterEach(() => store.close());

describe('readIndexReach', () => {
  it('is not complete while a first walk is under way, even with a newest start from no finished walk', async () => {
    await store.putSyncCursor({ source: SOURCE, stateMachineArn: ORDERS, resumeToken: 'walk', updatedAt: new Date(T0) });
    expect(await store.readIndexReach(SOURCE, [ORDERS])).toEqual([{ stateMachineArn: ORDERS, synced: false }]);
  });
});
