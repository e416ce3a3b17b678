import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll } from 'vitest';
import { SqliteExecutionIndexStore } from '@/lib/execution-index/sqlite/sqlite-execution-index-store';
import { SCHEMA_VERSION } from '@/lib/execution-index/sqlite/sqlite-schema';
import { describeExecutionIndexStoreContract } from '../../../support/execution-index/store-contract';

const dir = mkdtempSync(path.join(tmpdir(), 'statescope-index-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;
const newFile = () => path.join(dir, `store-${files++}`, 'index.db');

describeExecutionIndexStoreContract('SQLite in a file', () => new SqliteExecutionIndexStore(newFile()), {
  newLocation: newFile,
  open: (file) => new SqliteExecutionIndexStore(file),
  markNewerSchema: (file) => {
    const db = new Database(file);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
  },
  writeGarbage: (file) => {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, 'this is not an SQLite database, just some text someone saved here by mistake\n'.repeat(100));
  },
});

describeExecutionIndexStoreContract('SQLite in memory', () => new SqliteExecutionIndexStore(':memory:'));
