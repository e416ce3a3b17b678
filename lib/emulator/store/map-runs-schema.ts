import type Database from 'better-sqlite3';

/**
 * Schema step 2: Distributed Map runs and their child executions. A child is an ordinary row of
 * `executions` (so DescribeExecution and GetExecutionHistory serve it unchanged) tied to its Map Run
 * here; the plain ListExecutions of a state machine leaves such rows out, as AWS does.
 */
const MAP_RUNS_SCHEMA = `
CREATE TABLE IF NOT EXISTS map_runs (
  id INTEGER PRIMARY KEY,
  arn TEXT NOT NULL UNIQUE,
  execution_id INTEGER NOT NULL,
  label TEXT NOT NULL,
  status TEXT NOT NULL,
  start_date_ms INTEGER NOT NULL,
  stop_date_ms INTEGER,
  max_concurrency INTEGER NOT NULL,
  tolerated_failure_percentage REAL NOT NULL,
  tolerated_failure_count INTEGER NOT NULL,
  item_total INTEGER NOT NULL,
  execution_total INTEGER NOT NULL,
  results_written INTEGER NOT NULL DEFAULT 0,
  redrive_count INTEGER NOT NULL DEFAULT 0,
  redrive_date_ms INTEGER
);
CREATE INDEX IF NOT EXISTS map_runs_by_execution ON map_runs(execution_id, id);
CREATE TABLE IF NOT EXISTS map_run_executions (
  execution_id INTEGER PRIMARY KEY,
  map_run_id INTEGER NOT NULL,
  item_count INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS map_run_executions_by_run ON map_run_executions(map_run_id, execution_id);
`;

export function applyMapRunsSchema(db: Database.Database): void {
  db.exec(MAP_RUNS_SCHEMA);
}
