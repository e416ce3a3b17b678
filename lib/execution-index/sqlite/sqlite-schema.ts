/**
 * The SQLite index's schema, one migration per version (`PRAGMA user_version` says which ran). A
 * migration is only ever appended: a file written by this version opens in every later one.
 *
 * - `executions`: one small row per (source, execution ARN): what queries filter, sort and count on.
 *   `group_*` is the failure group key (root cause first), computed at put time so grouping reads
 *   no JSON.
 * - `execution_bodies`: the same id's payloads, error and cause texts and, as JSON (`details`), the
 *   rest of the record; read only for the executions a page shows.
 * - `executions_text`: FTS5 over the payloads, error and cause, with `execution_bodies` as its
 *   content (no second copy of the payloads); triggers keep it in step.
 * - `payload_fields`: the scalar leaves (and containers, for `exists`) of each input and output as
 *   json_tree lists them, paths interned in `field_paths`, so a field condition is an index range
 *   scan, never json_extract over every row. Clustered by execution, so deleting one is cheap.
 * - `histories`: finished histories, JSON or gzip (`encoding`), keyed like the old history cache.
 * - `sync_cursors`: how far a sync has got per state machine.
 * - `executions_machine_started` / `_stopped` (version 3): the counts per machine and time bucket.
 * - `retention` (version 4): the latest cutoff `deleteStoppedBefore` applied.
 */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE executions (
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL,
    execution_arn TEXT NOT NULL,
    state_machine_arn TEXT NOT NULL,
    status TEXT NOT NULL,
    started_at_ms INTEGER NOT NULL,
    stopped_at_ms INTEGER,
    failing_state TEXT,
    error TEXT,
    cause TEXT,
    root_error TEXT,
    root_message TEXT,
    group_state TEXT,
    group_error TEXT,
    group_cause TEXT,
    input TEXT,
    output TEXT,
    gone_from_source INTEGER, -- NULL when the record did not say, so it reads back as it was written
    indexed_at_ms INTEGER NOT NULL,
    details TEXT NOT NULL,
    UNIQUE (source, execution_arn)
  );
  CREATE INDEX executions_newest ON executions (started_at_ms DESC, execution_arn, source);
  CREATE INDEX executions_status ON executions (status, started_at_ms);
  CREATE INDEX executions_machine ON executions (state_machine_arn, started_at_ms);
  CREATE INDEX executions_stopped ON executions (stopped_at_ms) WHERE stopped_at_ms IS NOT NULL;

  CREATE VIRTUAL TABLE executions_text USING fts5(
    input, output, error, cause, root_error, root_message,
    content = 'executions', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
  );
  CREATE TRIGGER executions_text_insert AFTER INSERT ON executions BEGIN
    INSERT INTO executions_text (rowid, input, output, error, cause, root_error, root_message)
    VALUES (new.id, new.input, new.output, new.error, new.cause, new.root_error, new.root_message);
  END;
  CREATE TRIGGER executions_text_delete AFTER DELETE ON executions BEGIN
    INSERT INTO executions_text (executions_text, rowid, input, output, error, cause, root_error, root_message)
    VALUES ('delete', old.id, old.input, old.output, old.error, old.cause, old.root_error, old.root_message);
    DELETE FROM payload_fields WHERE execution_id = old.id;
  END;
  CREATE TRIGGER executions_text_update AFTER UPDATE OF input, output, error, cause, root_error, root_message ON executions
  WHEN old.input IS NOT new.input OR old.output IS NOT new.output OR old.error IS NOT new.error OR old.cause IS NOT new.cause
    OR old.root_error IS NOT new.root_error OR old.root_message IS NOT new.root_message
  BEGIN
    INSERT INTO executions_text (executions_text, rowid, input, output, error, cause, root_error, root_message)
    VALUES ('delete', old.id, old.input, old.output, old.error, old.cause, old.root_error, old.root_message);
    INSERT INTO executions_text (rowid, input, output, error, cause, root_error, root_message)
    VALUES (new.id, new.input, new.output, new.error, new.cause, new.root_error, new.root_message);
  END;

  CREATE TABLE field_paths (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL UNIQUE
  );
  CREATE TABLE payload_fields (
    execution_id INTEGER NOT NULL,
    payload INTEGER NOT NULL,
    path_id INTEGER NOT NULL,
    kind INTEGER NOT NULL,
    value, -- no declared type: no affinity, so the string "123" stays a string and 123 a number
    PRIMARY KEY (execution_id, payload, path_id)
  ) WITHOUT ROWID;
  CREATE INDEX payload_fields_value ON payload_fields (path_id, kind, value);

  CREATE TABLE histories (
    source TEXT NOT NULL,
    execution_arn TEXT NOT NULL,
    started_at_ms INTEGER NOT NULL,
    redrive_count INTEGER NOT NULL,
    status TEXT NOT NULL,
    includes_data INTEGER NOT NULL,
    encoding TEXT NOT NULL,
    events BLOB NOT NULL,
    stored_at_ms INTEGER NOT NULL,
    PRIMARY KEY (source, execution_arn, started_at_ms, redrive_count)
  );

  CREATE TABLE sync_cursors (
    source TEXT NOT NULL,
    state_machine_arn TEXT NOT NULL,
    newest_started_at_ms INTEGER,
    oldest_started_at_ms INTEGER,
    resume_token TEXT,
    updated_at_ms INTEGER NOT NULL,
    PRIMARY KEY (source, state_machine_arn)
  );
  `,
  // Version 2: the payloads, cause and details move to `execution_bodies`, so the rows that filters,
  // counts and sorts read are small (a page holds dozens, not one); failure groups and machine totals
  // read indexes only.
  `
  CREATE TABLE execution_bodies (
    id INTEGER PRIMARY KEY,
    input TEXT,
    output TEXT,
    error TEXT,
    cause TEXT,
    root_error TEXT,
    root_message TEXT,
    details TEXT NOT NULL
  );
  INSERT INTO execution_bodies SELECT id, input, output, error, cause, root_error, root_message, details FROM executions;

  DROP TRIGGER executions_text_insert;
  DROP TRIGGER executions_text_delete;
  DROP TRIGGER executions_text_update;
  DROP TABLE executions_text;
  CREATE VIRTUAL TABLE executions_text USING fts5(
    input, output, error, cause, root_error, root_message,
    content = 'execution_bodies', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
  );
  INSERT INTO executions_text (executions_text) VALUES ('rebuild');
  CREATE TRIGGER execution_bodies_insert AFTER INSERT ON execution_bodies BEGIN
    INSERT INTO executions_text (rowid, input, output, error, cause, root_error, root_message)
    VALUES (new.id, new.input, new.output, new.error, new.cause, new.root_error, new.root_message);
  END;
  CREATE TRIGGER execution_bodies_delete AFTER DELETE ON execution_bodies BEGIN
    INSERT INTO executions_text (executions_text, rowid, input, output, error, cause, root_error, root_message)
    VALUES ('delete', old.id, old.input, old.output, old.error, old.cause, old.root_error, old.root_message);
  END;
  CREATE TRIGGER execution_bodies_update AFTER UPDATE ON execution_bodies
  WHEN old.input IS NOT new.input OR old.output IS NOT new.output OR old.error IS NOT new.error OR old.cause IS NOT new.cause
    OR old.root_error IS NOT new.root_error OR old.root_message IS NOT new.root_message
  BEGIN
    INSERT INTO executions_text (executions_text, rowid, input, output, error, cause, root_error, root_message)
    VALUES ('delete', old.id, old.input, old.output, old.error, old.cause, old.root_error, old.root_message);
    INSERT INTO executions_text (rowid, input, output, error, cause, root_error, root_message)
    VALUES (new.id, new.input, new.output, new.error, new.cause, new.root_error, new.root_message);
  END;
  CREATE TRIGGER executions_delete AFTER DELETE ON executions BEGIN
    DELETE FROM execution_bodies WHERE id = old.id;
    DELETE FROM payload_fields WHERE execution_id = old.id;
  END;

  ALTER TABLE executions DROP COLUMN input;
  ALTER TABLE executions DROP COLUMN output;
  ALTER TABLE executions DROP COLUMN cause;
  ALTER TABLE executions DROP COLUMN root_error;
  ALTER TABLE executions DROP COLUMN root_message;
  ALTER TABLE executions DROP COLUMN details;

  DROP INDEX executions_machine;
  CREATE INDEX executions_machine ON executions (state_machine_arn, started_at_ms, source);
  CREATE INDEX executions_failures
    ON executions (status, started_at_ms, state_machine_arn, group_state, group_error, group_cause, source, execution_arn)
    WHERE status IN ('FAILED', 'TIMED_OUT', 'ABORTED');
  `,
  // Version 3: counts per machine and time bucket (count-executions.ts) read these covering indexes
  // only: starts by start time, closings by stop time with the duration's start beside them.
  `
  CREATE INDEX executions_machine_started ON executions (state_machine_arn, source, started_at_ms, status);
  CREATE INDEX executions_machine_stopped ON executions (state_machine_arn, source, stopped_at_ms, status, started_at_ms)
    WHERE stopped_at_ms IS NOT NULL;
  `,
  // Version 4: the latest retention cutoff applied, so the index's reach says what it deleted.
  `
  CREATE TABLE retention (id INTEGER PRIMARY KEY CHECK (id = 1), cutoff_ms INTEGER NOT NULL);
  `,
];

/** The version this Statescope writes; a file with a higher one was written by a newer Statescope. */
export const SCHEMA_VERSION = MIGRATIONS.length;
