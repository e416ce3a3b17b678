import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { applyRedriveSchema } from '@/lib/emulator/store/redrive-schema';

describe('applyRedriveSchema', () => {
  it('adds the redrive columns with defaults and the redrive table, and can run again on them', () => {
    const db = new Database(':memory:');
    db.exec(`CREATE TABLE executions (id INTEGER PRIMARY KEY, status TEXT NOT NULL)`);
    db.exec(`INSERT INTO executions (status) VALUES ('FAILED')`);
    applyRedriveSchema(db);
    applyRedriveSchema(db);
    expect(db.prepare(`SELECT redrive_count, redrive_date_ms FROM executions`).get()).toEqual({ redrive_count: 0, redrive_date_ms: null });
    db.prepare(`INSERT INTO execution_redrives (execution_id, redrive_count, redrive_date_ms, client_token) VALUES (1, 1, 5, 't')`).run();
    expect(() =>
      db.prepare(`INSERT INTO execution_redrives (execution_id, redrive_count, redrive_date_ms) VALUES (1, 1, 6)`).run(),
    ).toThrow(/constraint failed/);
    db.close();
  });
});
