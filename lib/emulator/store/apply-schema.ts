import type Database from 'better-sqlite3';
import { applyMapRunsSchema } from './map-runs-schema';
import { applyRedriveSchema } from './redrive-schema';
import { applyMapRunRedriveSchema } from './map-run-redrive-schema';

/**
 * The steps after the base schema, in order: step i brings a database from version i + 1 to i + 2.
 * Each is idempotent, so a new database simply runs them all.
 */
const SCHEMA_STEPS: ReadonlyArray<(db: Database.Database) => void> = [applyMapRunsSchema, applyRedriveSchema, applyMapRunRedriveSchema];

const SCHEMA_VERSION = 1 + SCHEMA_STEPS.length;

// Rows are never rewritten except an execution's end; state machines are soft-deleted so the
// definitions that old executions ran stay readable (DescribeStateMachineForExecution).
const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS state_machines (
  id INTEGER PRIMARY KEY,
  arn TEXT NOT NULL,
  name TEXT NOT NULL,
  type TEXT NOT NULL,
  creation_date_ms INTEGER NOT NULL,
  current_revision INTEGER NOT NULL,
  deleted_at_ms INTEGER
);
CREATE UNIQUE INDEX IF NOT EXISTS state_machines_active_arn ON state_machines(arn) WHERE deleted_at_ms IS NULL;
CREATE TABLE IF NOT EXISTS state_machine_revisions (
  state_machine_id INTEGER NOT NULL REFERENCES state_machines(id),
  revision INTEGER NOT NULL,
  revision_id TEXT NOT NULL,
  definition TEXT NOT NULL,
  role_arn TEXT NOT NULL,
  logging_configuration TEXT NOT NULL,
  tracing_configuration TEXT NOT NULL,
  description TEXT,
  update_date_ms INTEGER NOT NULL,
  PRIMARY KEY (state_machine_id, revision)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS executions (
  id INTEGER PRIMARY KEY,
  arn TEXT NOT NULL UNIQUE,
  state_machine_id INTEGER NOT NULL REFERENCES state_machines(id),
  revision INTEGER NOT NULL,
  name TEXT NOT NULL,
  type TEXT NOT NULL,
  status TEXT NOT NULL,
  start_date_ms INTEGER NOT NULL,
  stop_date_ms INTEGER,
  input TEXT NOT NULL,
  output TEXT,
  error TEXT,
  cause TEXT
);
CREATE INDEX IF NOT EXISTS executions_by_machine ON executions(state_machine_id, id);
CREATE INDEX IF NOT EXISTS executions_running ON executions(status) WHERE status = 'RUNNING';
CREATE TABLE IF NOT EXISTS history_events (
  execution_id INTEGER NOT NULL,
  id INTEGER NOT NULL,
  previous_event_id INTEGER NOT NULL,
  type TEXT NOT NULL,
  timestamp_ms INTEGER NOT NULL,
  details TEXT NOT NULL,
  PRIMARY KEY (execution_id, id)
) WITHOUT ROWID;
`;

/** Creates or upgrades the tables and refuses a database written by a newer schema. */
export function applySchema(db: Database.Database): void {
  db.exec(SCHEMA);
  const row = db.prepare(`SELECT value FROM meta WHERE key = 'schema_version'`).get() as { value: string } | undefined;
  // Version 0 (written before versions counted steps) had the base tables only, as version 1 does.
  const version = row ? Math.max(1, Number(row.value)) : 1;
  if (version > SCHEMA_VERSION) {
    throw new Error(`the emulator database was written by a newer Statescope (schema ${row?.value}, this one knows ${SCHEMA_VERSION})`);
  }
  db.transaction(() => {
    for (const step of SCHEMA_STEPS.slice(version - 1)) step(db);
    db.prepare(`INSERT INTO meta (key, value) VALUES ('schema_version', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`).run(
      String(SCHEMA_VERSION),
    );
  })();
}
