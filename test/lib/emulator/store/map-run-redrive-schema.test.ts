import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { applyMapRunRedriveSchema } from '@/lib/emulator/store/map-run-redrive-schema';
import { applyMapRunsSchema } from '@/lib/emulator/store/map-runs-schema';

describe('applyMapRunRedriveSchema', () => {
  it("adds each child's index and redrive state once, keeping the rows already there", () => {
    const db = new Database(':memory:');
    applyMapRunsSchema(db);
    db.prepare(`INSERT INTO map_run_executions (execution_id, map_run_id, item_count) VALUES (7, 1, 2)`).run();
    applyMapRunRedriveSchema(db);
    applyMapRunRedriveSchema(db);
    expect(db.prepare(`SELECT execution_id, child_index, redrive_state FROM map_run_executions`).all()).toEqual([
      { execution_id: 7, child_index: -1, redrive_state: null },
    ]);
    db.close();
  });
});
