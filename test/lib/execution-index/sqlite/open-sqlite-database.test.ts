import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { ExecutionIndexFileError, openSqliteDatabase } from '@/lib/execution-index/sqlite/open-sqlite-database';
import { MIGRATIONS, SCHEMA_VERSION } from '@/lib/execution-index/sqlite/sqlite-schema';

const dir = mkdtempSync(path.join(tmpdir(), 'statescope-open-index-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let count = 0;
const newFile = () => path.join(dir, `case-${count++}`, 'nested', 'index.db');

describe('openSqliteDatabase', () => {
  it('creates the file and its folders, in WAL mode, at the current schema version', () => {
    const file = newFile();
    const db = openSqliteDatabase(file);
    expect(existsSync(file)).toBe(true);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    db.close();
    const again = openSqliteDatabase(file);
    expect(again.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    again.close();
  });

  it('brings a version 1 file up to date, keeping its executions searchable', () => {
    const file = newFile();
    mkdirSync(path.dirname(file), { recursive: true });
    const old = new Database(file);
    old.exec(MIGRATIONS[0] ?? '');
    old.pragma('user_version = 1');
    old
      .prepare(
        `INSERT INTO executions (source, execution_arn, state_machine_arn, status, started_at_ms, error, cause, input, indexed_at_ms, details)
         VALUES ('s', 'arn:e', 'arn:m', 'FAILED', 1, 'Payment.Declined', 'Card declined', '{"order":"ORD-9"}', 2, '{"name":"e"}')`,
      )
      .run();
    old.close();
    const db = openSqliteDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.prepare('SELECT id, input, error, cause, details FROM execution_bodies').all()).toEqual([
      { id: 1, input: '{"order":"ORD-9"}', error: 'Payment.Declined', cause: 'Card declined', details: '{"name":"e"}' },
    ]);
    expect(db.prepare('SELECT rowid FROM executions_text WHERE executions_text MATCH \'"ORD-9"\'').all()).toEqual([{ rowid: 1 }]);
    expect(db.prepare("SELECT name FROM sqlite_schema WHERE name = 'executions_failures'").get()).toEqual({ name: 'executions_failures' });
    db.prepare('DELETE FROM executions').run();
    expect(db.prepare('SELECT count(*) AS n FROM execution_bodies').get()).toEqual({ n: 0 });
    expect(db.prepare("SELECT count(*) AS n FROM executions_text WHERE executions_text MATCH 'card'").get()).toEqual({ n: 0 });
    db.close();
  });

  it('opens a private in-memory index', () => {
    const db = openSqliteDatabase(':memory:');
    expect(db.prepare('SELECT count(*) AS n FROM executions').get()).toEqual({ n: 0 });
    db.close();
  });

  it('refuses a file written by a newer Statescope, naming it and the versions', () => {
    const file = newFile();
    openSqliteDatabase(file).close();
    const raw = new Database(file);
    raw.pragma(`user_version = ${SCHEMA_VERSION + 4}`);
    raw.close();
    expect(() => openSqliteDatabase(file)).toThrow(ExecutionIndexFileError);
    expect(() => openSqliteDatabase(file)).toThrow(
      `The execution index ${file} was written by a newer Statescope (index schema version ${SCHEMA_VERSION + 4}; this one reads up to ${SCHEMA_VERSION}). Update Statescope, or open another file.`,
    );
  });

  it('refuses a file that is not a database, saying what to do', () => {
    const file = newFile();
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, Buffer.alloc(8192, 7));
    expect(() => openSqliteDatabase(file)).toThrow(`The execution index ${file} is not an SQLite database`);
    expect(() => openSqliteDatabase(file)).toThrow('Move it away');
  });

  it('refuses another program’s SQLite database, such as the old history cache', () => {
    const file = newFile();
    mkdirSync(path.dirname(file), { recursive: true });
    const other = new Database(file);
    other.exec('CREATE TABLE histories (endpoint TEXT, events TEXT)');
    other.close();
    expect(() => openSqliteDatabase(file)).toThrow(
      `The execution index ${file} is an SQLite database of something else, not a Statescope execution index (it holds the tables histories).`,
    );
  });

  it('says when the path is a folder', () => {
    const folder = path.join(dir, 'a-folder');
    mkdirSync(folder, { recursive: true });
    expect(() => openSqliteDatabase(folder)).toThrow(`The execution index ${folder} cannot be opened`);
  });

  it('says when its folder cannot be created', () => {
    const blocker = path.join(dir, 'a-file');
    writeFileSync(blocker, 'x');
    const file = path.join(blocker, 'index.db');
    expect(() => openSqliteDatabase(file)).toThrow(`The execution index ${file} cannot be created`);
  });
});
