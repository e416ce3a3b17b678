import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { applySchema } from './apply-schema';
import { EmulatorStore } from './emulator-store';
import { lockDataDir } from './lock-data-dir';

export const DATABASE_FILE_NAME = 'emulator.sqlite';

/** Opens (creating if needed) the emulator database in `dataDir`, in WAL mode, and claims the folder. */
export function openEmulatorStore(dataDir: string): EmulatorStore {
  mkdirSync(dataDir, { recursive: true });
  const release = lockDataDir(dataDir);
  let db: Database.Database | undefined;
  try {
    db = new Database(path.join(dataDir, DATABASE_FILE_NAME));
    db.pragma('journal_mode = WAL');
    // WAL + NORMAL survives a process crash; only an OS crash can lose the last transactions.
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 5000');
    applySchema(db);
  } catch (error) {
    db?.close();
    release();
    throw error;
  }
  return new EmulatorStore(db, release);
}
