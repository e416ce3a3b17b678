import type Database from 'better-sqlite3';

/**
 * Schema step 3, RedriveExecution: how often and when an execution was last redriven, and one row per
 * redrive with its client token (AWS answers a repeated token with the first answer for 15 minutes).
 * Idempotent: the columns are added only when missing.
 */
const REDRIVE_TOKENS = `
CREATE TABLE IF NOT EXISTS execution_redrives (
  execution_id INTEGER NOT NULL,
  redrive_count INTEGER NOT NULL,
  redrive_date_ms INTEGER NOT NULL,
  client_token TEXT,
  PRIMARY KEY (execution_id, redrive_count)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS execution_redrives_by_date ON execution_redrives(redrive_date_ms);
`;

export function applyRedriveSchema(db: Database.Database): void {
  const columns = new Set((db.prepare(`PRAGMA table_info(executions)`).all() as { name: string }[]).map((column) => column.name));
  if (!columns.has('redrive_count')) db.exec(`ALTER TABLE executions ADD COLUMN redrive_count INTEGER NOT NULL DEFAULT 0`);
  if (!columns.has('redrive_date_ms')) db.exec(`ALTER TABLE executions ADD COLUMN redrive_date_ms INTEGER`);
  db.exec(REDRIVE_TOKENS);
}
