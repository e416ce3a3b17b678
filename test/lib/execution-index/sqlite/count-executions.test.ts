import type Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COUNT_SQL } from '@/lib/execution-index/sqlite/count-executions';
import { openSqliteDatabase } from '@/lib/execution-index/sqlite/open-sqlite-database';

// The store contract covers the counts in full; these are the query plans.
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
