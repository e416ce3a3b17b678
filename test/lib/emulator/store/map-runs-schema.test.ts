import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { applyMapRunsSchema } from '@/lib/emulator/store/map-runs-schema';

describe('applyMapRunsSchema', () => {
  it('creates the Map Run tables once and can run again on them', () => {
    const db = new Database(':memory:');
    applyMapRunsSchema(db);
    db.prepare(
      `INSERT INTO map_runs (arn, execution_id, label, status, start_date_ms, max_concurrency, tolerated_failure_percentage,
         tolerated_failure_count, item_total, execution_total) VALUES ('a', 1, 'l', 'RUNNING', 0, 0, 0, 0, 3, 3)`,
    ).run();
    applyMapRunsSchema(db);
    expect(db.prepare(`SELECT results_written, redrive_count FROM map_runs`).get()).toEqual({ results_written: 0, redrive_count: 0 });
    expect(() => db.prepare(`INSERT INTO map_runs (arn) VALUES ('a')`).run()).toThrow(/constraint failed/);
    db.close();
  });
});
