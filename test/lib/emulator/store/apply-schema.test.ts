import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { applySchema } from '@/lib/emulator/store/apply-schema';

const open: Database.Database[] = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

function memoryDb(): Database.Database {
  const db = new Database(':memory:');
  open.push(db);
  return db;
}

const tables = (db: Database.Database) =>
  (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).all() as Array<{ name: string }>).map((row) => row.name);
const schemaVersion = (db: Database.Database) => db.prepare(`SELECT value FROM meta WHERE key = 'schema_version'`).get();

describe('applySchema', () => {
  it('creates the tables of a new database and records schema version 4', () => {
    const db = memoryDb();
    applySchema(db);
    expect(tables(db)).toEqual([
      'execution_redrives',
      'executions',
      'history_events',
      'map_run_executions',
      'map_runs',
      'meta',
      'state_machine_revisions',
      'state_machines',
    ]);
    expect(schemaVersion(db)).toEqual({ value: '4' });
  });

  it('can run again on its own database without changing data or the version', () => {
    const db = memoryDb();
    applySchema(db);
    db.prepare(`INSERT INTO meta (key, value) VALUES ('other', 'kept')`).run();
    applySchema(db);
    expect(schemaVersion(db)).toEqual({ value: '4' });
    expect(db.prepare(`SELECT value FROM meta WHERE key = 'other'`).get()).toEqual({ value: 'kept' });
  });

  it('upgrades a database of an older schema version by running the later steps', () => {
    const db = memoryDb();
    db.exec(`CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL); INSERT INTO meta VALUES ('schema_version', '1')`);
    expect(() => applySchema(db)).not.toThrow();
    expect(tables(db)).toContain('map_runs');
    expect(tables(db)).toContain('execution_redrives');
    expect(schemaVersion(db)).toEqual({ value: '4' });
  });

  it('refuses a database written by a newer schema, naming both versions', () => {
    const db = memoryDb();
    db.exec(`CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL); INSERT INTO meta VALUES ('schema_version', '5')`);
    expect(() => applySchema(db)).toThrow('the emulator database was written by a newer Statescope (schema 5, this one knows 4)');
  });

  it('keeps one active state machine per ARN, but allows a new one once the old is soft-deleted', () => {
    const db = memoryDb();
    applySchema(db);
    const insert = db.prepare(
      `INSERT INTO state_machines (arn, name, type, creation_date_ms, current_revision, deleted_at_ms) VALUES ('a', 'n', 'STANDARD', 0, 1, ?)`,
    );
    insert.run(null);
    expect(() => insert.run(null)).toThrow(/UNIQUE constraint failed/);
    db.prepare(`UPDATE state_machines SET deleted_at_ms = 5`).run();
    expect(() => insert.run(null)).not.toThrow();
  });
});
