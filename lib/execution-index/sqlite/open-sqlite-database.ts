import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { MIGRATIONS, SCHEMA_VERSION } from './sqlite-schema';

export const IN_MEMORY = ':memory:';

/** The index file cannot be used: the message names the file, what is wrong and what to do. */
export class ExecutionIndexFileError extends Error {
  readonly file: string;

  constructor(file: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ExecutionIndexFileError';
    this.file = file;
  }
}

const MOVE_AWAY = 'Move it away (Statescope then starts a new, empty index there) or open another file.';

/** What an SQLite failure while opening means for the person who pointed Statescope at the file. */
function explainOpenFailure(file: string, error: unknown): ExecutionIndexFileError {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  const detail = error instanceof Error ? error.message : String(error);
  const say = (what: string) => new ExecutionIndexFileError(file, `The execution index ${file} ${what}`, { cause: error });
  if (code === 'SQLITE_NOTADB') return say(`is not an SQLite database (${detail}). ${MOVE_AWAY}`);
  if (code.startsWith('SQLITE_CORRUPT')) return say(`is damaged (${detail}). ${MOVE_AWAY}`);
  if (code.startsWith('SQLITE_CANTOPEN')) return say(`cannot be opened (${detail}): is the path a folder, or its folder not writable?`);
  if (code.startsWith('SQLITE_READONLY') || code === 'SQLITE_PERM' || code.startsWith('SQLITE_IOERR'))
    return say(`cannot be written (${detail}): check the file's permissions and the free disk space.`);
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))
    return say(`is locked by another process (${detail}); try again once it is done.`);
  if (code.startsWith('E')) return say(`cannot be created (${detail}): check that its folder can be created and written.`);
  return say(`cannot be opened as an execution index (${detail}). ${MOVE_AWAY}`);
}

/** Brings the schema up to SCHEMA_VERSION, refusing files of a newer Statescope and foreign databases. */
function migrate(db: Database.Database, file: string): void {
  const readVersion = () => Number(db.pragma('user_version', { simple: true }));
  const refuseNewer = (version: number) => {
    if (version > SCHEMA_VERSION)
      throw new ExecutionIndexFileError(
        file,
        `The execution index ${file} was written by a newer Statescope (index schema version ${version}; this one reads up to ${SCHEMA_VERSION}). ` +
          `Update Statescope, or open another file.`,
      );
  };
  const found = readVersion();
  refuseNewer(found);
  if (found === SCHEMA_VERSION) return;
  // IMMEDIATE: two processes opening a new file at once must not both create the tables.
  db.transaction(() => {
    const version = readVersion();
    refuseNewer(version);
    if (version === 0) {
      const tables = db
        .prepare<[], { name: string }>("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
        .all()
        .map((row) => row.name);
      if (tables.length > 0)
        throw new ExecutionIndexFileError(
          file,
          `The execution index ${file} is an SQLite database of something else, not a Statescope execution index ` +
            `(it holds the tables ${tables.slice(0, 5).join(', ')}). ${MOVE_AWAY}`,
        );
    }
    for (const migration of MIGRATIONS.slice(version)) db.exec(migration);
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  }).immediate();
}

/**
 * Opens (creating it and its folder when missing) the SQLite file of an execution index, in WAL mode
 * so the app reads while a sync writes, and migrates it to the current schema. Every failure is an
 * ExecutionIndexFileError naming the file: not a database, damaged, written by a newer Statescope,
 * another program's database, not writable. `:memory:` opens a private in-memory index (tests).
 */
export function openSqliteDatabase(file: string): Database.Database {
  let db: Database.Database | undefined;
  try {
    if (file !== IN_MEMORY) mkdirSync(path.dirname(file), { recursive: true });
    db = new Database(file);
    db.pragma('journal_mode = WAL');
    // WAL with synchronous=NORMAL cannot corrupt the file; a power cut may lose the last commits only.
    db.pragma('synchronous = NORMAL');
    // 64 MB of page cache (default 2 MB): field and text searches at 100,000 executions ran 1.5 to 2
    // times faster in the bench with it.
    db.pragma('cache_size = -65536');
    migrate(db, file);
    return db;
  } catch (error) {
    db?.close();
    throw error instanceof ExecutionIndexFileError ? error : explainOpenFailure(file, error);
  }
}
