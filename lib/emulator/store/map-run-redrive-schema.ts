import type Database from 'better-sqlite3';

/**
 * Schema step 4, Map Run redrive: each child's place in its Map Run (so a redrive knows which items
 * still need a run) and its redrive state: 'PENDING' while a Map Run redrive waits to redrive it,
 * 'NOT_REDRIVABLE' when it failed and a redrive could not rerun it (DescribeMapRun's
 * pendingRedrive and failuresNotRedrivable). Idempotent: the columns are added only when missing.
 */
export function applyMapRunRedriveSchema(db: Database.Database): void {
  const columns = new Set((db.prepare(`PRAGMA table_info(map_run_executions)`).all() as { name: string }[]).map((column) => column.name));
  if (!columns.has('child_index')) db.exec(`ALTER TABLE map_run_executions ADD COLUMN child_index INTEGER NOT NULL DEFAULT -1`);
  if (!columns.has('redrive_state')) db.exec(`ALTER TABLE map_run_executions ADD COLUMN redrive_state TEXT`);
}
