import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE_NAME, openEmulatorStore } from '@/lib/emulator/store/open-emulator-store';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function freshDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'statescope-open-store-'));
  dirs.push(dir);
  return dir;
}

describe('openEmulatorStore', () => {
  it('creates a missing data folder (and its parents) with the database file in it', () => {
    const dir = path.join(freshDir(), 'nested', 'emulator');
    const store = openEmulatorStore(dir);
    expect(existsSync(path.join(dir, DATABASE_FILE_NAME))).toBe(true);
    expect(DATABASE_FILE_NAME).toBe('emulator.sqlite');
    expect(store.getMeta('schema_version')).toBe('4');
    store.close();
  });

  it('opens in WAL mode with synchronous NORMAL and a busy timeout', () => {
    const store = openEmulatorStore(freshDir());
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.db.pragma('synchronous', { simple: true })).toBe(1);
    expect(store.db.pragma('busy_timeout', { simple: true })).toBe(5000);
    store.close();
  });

  it('keeps what was stored across a close and a reopen', () => {
    const dir = freshDir();
    const first = openEmulatorStore(dir);
    first.setMeta('page_token_secret', 'kept');
    first.close();
    const second = openEmulatorStore(dir);
    expect(second.getMeta('page_token_secret')).toBe('kept');
    second.close();
  });

  it('releases the folder lock when the schema check fails, so the folder can be opened once fixed', () => {
    const dir = freshDir();
    const db = new Database(path.join(dir, DATABASE_FILE_NAME));
    db.exec(`CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL); INSERT INTO meta VALUES ('schema_version', '99')`);
    db.close();
    expect(() => openEmulatorStore(dir)).toThrow('the emulator database was written by a newer Statescope (schema 99, this one knows 4)');
    expect(existsSync(path.join(dir, 'emulator.lock'))).toBe(false);
    const fixer = new Database(path.join(dir, DATABASE_FILE_NAME));
    fixer.exec(`UPDATE meta SET value = '1'`);
    fixer.close();
    openEmulatorStore(dir).close();
  });

  it('releases the lock when the file is no SQLite database', () => {
    const dir = freshDir();
    writeFileSync(path.join(dir, DATABASE_FILE_NAME), 'this is not a database, just text long enough to have a header.....');
    expect(() => openEmulatorStore(dir)).toThrow(/not a database/);
    expect(existsSync(path.join(dir, 'emulator.lock'))).toBe(false);
  });
});
