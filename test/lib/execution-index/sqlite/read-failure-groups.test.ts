import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqliteDatabase } from '@/lib/execution-index/sqlite/open-sqlite-database';
import {
  DEFAULT_GROUP_SAMPLES,
  DEFAULT_TREND_BUCKETS,
  FAILURE_GROUP_STATUSES,
  readFailureGroups,
} from '@/lib/execution-index/sqlite/read-failure-groups';
import { SqliteExecutionIndexStore } from '@/lib/execution-index/sqlite/sqlite-execution-index-store';
import { failedExecution, indexedExecution, SOURCE, T0 } from '../../../support/execution-index/indexed-execution';

// The store contract covers failure groups in full; these are the edges of the trend's span.
let store: SqliteExecutionIndexStore;
beforeEach(() => {
  store = new SqliteExecutionIndexStore(':memory:');
});
afterEach(() => store.close());

describe('readFailureGroups', () => {
  it('counts failed, timed-out and aborted executions, 24 buckets and 5 samples unless told', () => {
    expect(FAILURE_GROUP_STATUSES).toEqual(['FAILED', 'TIMED_OUT', 'ABORTED']);
    expect([DEFAULT_TREND_BUCKETS, DEFAULT_GROUP_SAMPLES]).toEqual([24, 5]);
  });

  it('gives a single failure distinct bucket starts when no window is given', async () => {
    await store.putExecutions([failedExecution('one', 0, { state: 'S', error: 'E', cause: 'c' })]);
    const [group] = await store.failureGroups({ source: SOURCE, buckets: 4 });
    expect(group?.trend.map((bucket) => bucket.start.getTime() - T0)).toEqual([0, 1, 2, 3]);
    expect(group?.trend.map((bucket) => bucket.count)).toEqual([1, 0, 0, 0]);
  });

  it('puts a failure at the very end of an explicit window in the last bucket', async () => {
    await store.putExecutions([failedExecution('end', 59, { state: 'S', error: 'E', cause: 'c' })]);
    const [group] = await store.failureGroups({ from: new Date(T0), to: new Date(T0 + 59 * 60_000 + 1), buckets: 3 });
    expect(group?.trend.map((bucket) => bucket.count)).toEqual([0, 0, 1]);
  });

  it('reads the failures and the machine totals from indexes only, never the rows', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'statescope-failure-plans-')), 'index.db');
    const filled = new SqliteExecutionIndexStore(file);
    await filled.putExecutions(
      Array.from({ length: 300 }, (_, i) =>
        i % 10 ? indexedExecution(`ok-${i}`, i) : failedExecution(`failed-${i}`, i, { state: 'S', error: `E${i % 3}`, cause: 'c' }),
      ),
    );
    await filled.close();
    const db = openSqliteDatabase(file);
    const plans: string[] = [];
    const explaining = (sql: string) => {
      const statement = db.prepare(sql);
      return new Proxy(statement, {
        get: (target, key) =>
          key === 'all'
            ? (...params: unknown[]) => {
                const plan = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[];
                plans.push(plan.map((row) => row.detail).join(' | '));
                return target.all(...params);
              }
            : Reflect.get(target, key),
      });
    };
    expect(readFailureGroups(explaining, { source: SOURCE })).toHaveLength(3);
    db.close();
    rmSync(path.dirname(file), { recursive: true, force: true });
    expect(plans).toHaveLength(4);
    for (const plan of plans.slice(0, 3)) expect(plan).toContain('COVERING INDEX executions_failures');
    expect(plans[3]).toContain('COVERING INDEX executions_machine');
  });
});
