import type Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COUNT_SQL, summarizeDurations } from '@/lib/execution-index/sqlite/count-executions';
import { openSqliteDatabase } from '@/lib/execution-index/sqlite/open-sqlite-database';

// The store contract covers the counts in full; these are the percentiles and the query plans.
describe('summarizeDurations', () => {
  it('gives nearest-rank percentiles, the average and the maximum', () => {
    const values = Array.from({ length: 100 }, (_, i) => (100 - i) * 10);
    expect(summarizeDurations(values)).toEqual({ count: 100, p50Ms: 500, p90Ms: 900, p99Ms: 990, averageMs: 505, maximumMs: 1000 });
  });

  it('says nothing but the count for no values', () => {
    expect(summarizeDurations([])).toEqual({ count: 0 });
  });
});

describe('the counting queries', () => {
  let db: Database.Database;
  beforeEach(() => {
    db = openSqliteDatabase(':memory:');
  });
  afterEach(() => db.close());

  const plan = (sql: string) =>
    (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(0, 1, 'arn', 'source', 0, 1) as { detail: string }[]).map((row) => row.detail).join('\n');

  it.each(Object.entries(COUNT_SQL))('%s reads only a covering index, never the table', (name, sql) => {
    expect(plan(sql)).toContain(
      name === 'byStart' ? 'USING COVERING INDEX executions_machine_started' : 'USING COVERING INDEX executions_machine_stopped',
    );
  });
});
