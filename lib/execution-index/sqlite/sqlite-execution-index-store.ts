import { existsSync, statSync } from 'node:fs';
import type Database from 'better-sqlite3';
import type { ExecutionStatus, HistoryEventRecord } from '../../domain';
import type {
  ExecutionCountQuery,
  ExecutionIndexStore,
  ExecutionQuery,
  ExecutionSearchPage,
  FailureGroup,
  FailureGroupQuery,
  IndexedExecution,
  IndexReach,
  IndexSource,
  IndexStats,
  MachineExecutionCounts,
  StoredHistory,
  StoredHistoryKey,
  SyncCursor,
} from '../types';
import {
  BODY_COLUMNS,
  EXECUTION_COLUMNS,
  fromExecutionRow,
  SELECT_EXECUTION_ROWS,
  toExecutionValues,
  type ExecutionRow,
} from './execution-row';
import { countExecutions } from './count-executions';
import { decodeHistoryEvents, encodeHistoryEvents } from './history-blob';
import { IN_MEMORY, openSqliteDatabase } from './open-sqlite-database';
import { createPayloadFieldWriter, type PayloadFieldWriter } from './payload-fields';
import { readFailureGroups } from './read-failure-groups';
import { readIndexReach } from './read-index-reach';
import { searchExecutions, type PrepareCached } from './search-executions';

/**
 * Statuses after which a history only changes by a redrive, which raises redriveCount
 * (docs/aws-behaviour.md#execution-statuses-and-redrive); RUNNING and PENDING_REDRIVE are unfinished.
 */
const FINISHED_STATUSES: ReadonlySet<ExecutionStatus> = new Set(['SUCCEEDED', 'FAILED', 'TIMED_OUT', 'ABORTED']);
const MAX_CACHED_STATEMENTS = 200;

const UPSERT_EXECUTION = `INSERT INTO executions (${EXECUTION_COLUMNS.join(', ')})
  VALUES (${EXECUTION_COLUMNS.map((column) => `@${column}`).join(', ')})
  ON CONFLICT (source, execution_arn) DO UPDATE SET ${EXECUTION_COLUMNS.map((column) => `${column} = excluded.${column}`).join(', ')}
  RETURNING id`;
const UPSERT_BODY = `INSERT INTO execution_bodies (id, ${BODY_COLUMNS.join(', ')})
  VALUES (@id, ${BODY_COLUMNS.map((column) => `@${column}`).join(', ')})
  ON CONFLICT (id) DO UPDATE SET ${BODY_COLUMNS.map((column) => `${column} = excluded.${column}`).join(', ')}`;

interface HistoryRow {
  status: string;
  includes_data: number;
  encoding: string;
  events: Buffer;
  stored_at_ms: number;
}
interface CursorRow {
  source: string;
  state_machine_arn: string;
  newest_started_at_ms: number | null;
  oldest_started_at_ms: number | null;
  resume_token: string | null;
  updated_at_ms: number;
}

const historyKey = (key: StoredHistoryKey) => [key.source, key.executionArn, key.startedAt.getTime(), key.redriveCount ?? 0] as const;

/**
 * The execution index in one SQLite file (better-sqlite3, WAL): see sqlite-schema.ts for the tables
 * and lib/execution-index/README.md for the design. Calls are synchronous underneath; the interface
 * is async so a networked store can stand in.
 */
export class SqliteExecutionIndexStore implements ExecutionIndexStore {
  readonly file: string;
  private readonly db: Database.Database;
  private readonly fields: PayloadFieldWriter;
  private readonly statements = new Map<string, Database.Statement>();

  /** Opens or creates the index at `file` (`:memory:` for a private one); throws ExecutionIndexFileError. */
  constructor(file: string) {
    this.file = file;
    this.db = openSqliteDatabase(file);
    this.fields = createPayloadFieldWriter(this.db);
  }

  private readonly prepare: PrepareCached = (sql) => {
    let statement = this.statements.get(sql);
    if (!statement) {
      if (this.statements.size >= MAX_CACHED_STATEMENTS) this.statements.delete(this.statements.keys().next().value ?? '');
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  };

  async putExecutions(records: readonly IndexedExecution[]): Promise<void> {
    const before = this.prepare(
      'SELECT e.id, b.input, b.output FROM executions e JOIN execution_bodies b ON b.id = e.id WHERE e.source = ? AND e.execution_arn = ?',
    );
    const upsert = this.prepare(UPSERT_EXECUTION);
    const upsertBody = this.prepare(UPSERT_BODY);
    this.db.transaction(() => {
      for (const record of records) {
        const values = toExecutionValues(record);
        const old = before.get(values.source, values.execution_arn) as Pick<ExecutionRow, 'id' | 'input' | 'output'> | undefined;
        const { id } = upsert.get(values) as { id: number };
        upsertBody.run({ ...values, id });
        // A re-read execution usually has the same payloads: its fields stay as they are.
        if (old && old.input === values.input && old.output === values.output) continue;
        if (old) this.fields.clear(id);
        if (values.input !== null) this.fields.write(id, 'input', values.input);
        if (values.output !== null) this.fields.write(id, 'output', values.output);
      }
    })();
  }

  async getExecution(source: IndexSource, executionArn: string): Promise<IndexedExecution | undefined> {
    const row = this.prepare(`${SELECT_EXECUTION_ROWS} WHERE e.source = ? AND e.execution_arn = ?`).get(source, executionArn);
    return row ? fromExecutionRow(row as ExecutionRow) : undefined;
  }

  async listUnfinished(source: IndexSource, stateMachineArn?: string): Promise<string[]> {
    const machine = stateMachineArn === undefined ? '' : ' AND state_machine_arn = ?';
    const rows = this.prepare(
      `SELECT execution_arn FROM executions WHERE status IN ('RUNNING', 'PENDING_REDRIVE') AND +source = ?${machine}
       ORDER BY started_at_ms, execution_arn`,
    ).all(...(stateMachineArn === undefined ? [source] : [source, stateMachineArn])) as { execution_arn: string }[];
    return rows.map((row) => row.execution_arn);
  }

  async markGoneFromSource(source: IndexSource, executionArns: readonly string[]): Promise<void> {
    const mark = this.prepare('UPDATE executions SET gone_from_source = 1 WHERE source = ? AND execution_arn = ?');
    this.db.transaction(() => {
      for (const arn of executionArns) mark.run(source, arn);
    })();
  }

  async getHistory(key: StoredHistoryKey): Promise<StoredHistory | undefined> {
    const row = this.prepare(
      'SELECT * FROM histories WHERE source = ? AND execution_arn = ? AND started_at_ms = ? AND redrive_count = ?',
    ).get(...historyKey(key)) as HistoryRow | undefined;
    if (!row) return undefined;
    return {
      events: decodeHistoryEvents(row.encoding, row.events),
      includesData: row.includes_data === 1,
      status: row.status as ExecutionStatus,
      storedAt: new Date(row.stored_at_ms),
    };
  }

  /** Refuses unfinished executions; a copy with execution data is never replaced by one without. */
  async putHistory(
    key: StoredHistoryKey,
    status: ExecutionStatus,
    events: readonly HistoryEventRecord[],
    includesData: boolean,
  ): Promise<boolean> {
    if (!FINISHED_STATUSES.has(status)) return false;
    const { encoding, blob } = encodeHistoryEvents(events);
    const stored = this.prepare(
      'SELECT includes_data FROM histories WHERE source = ? AND execution_arn = ? AND started_at_ms = ? AND redrive_count = ?',
    );
    const insert = this.prepare('INSERT OR REPLACE INTO histories VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
    this.db.transaction(() => {
      const existing = stored.get(...historyKey(key)) as { includes_data: number } | undefined;
      if (existing?.includes_data === 1 && !includesData) return;
      insert.run(...historyKey(key), status, includesData ? 1 : 0, encoding, blob, Date.now());
    })();
    return true;
  }

  async search(query: ExecutionQuery): Promise<ExecutionSearchPage> {
    return searchExecutions(this.db, this.prepare, query);
  }

  async failureGroups(query: FailureGroupQuery): Promise<FailureGroup[]> {
    return this.db.transaction(() => readFailureGroups(this.prepare, query))();
  }

  async countExecutions(query: ExecutionCountQuery): Promise<MachineExecutionCounts[]> {
    return this.db.transaction(() => countExecutions(this.prepare, query))();
  }

  async readIndexReach(source: IndexSource, stateMachineArns: readonly string[]): Promise<IndexReach[]> {
    return readIndexReach(this.prepare, source, stateMachineArns);
  }

  async getSyncCursor(source: IndexSource, stateMachineArn: string): Promise<SyncCursor | undefined> {
    const row = this.prepare('SELECT * FROM sync_cursors WHERE source = ? AND state_machine_arn = ?').get(source, stateMachineArn) as
      CursorRow | undefined;
    if (!row) return undefined;
    return {
      source: row.source,
      stateMachineArn: row.state_machine_arn,
      ...(row.newest_started_at_ms === null ? {} : { newestStartedAt: new Date(row.newest_started_at_ms) }),
      ...(row.oldest_started_at_ms === null ? {} : { oldestStartedAt: new Date(row.oldest_started_at_ms) }),
      ...(row.resume_token === null ? {} : { resumeToken: row.resume_token }),
      updatedAt: new Date(row.updated_at_ms),
    };
  }

  async putSyncCursor(cursor: SyncCursor): Promise<void> {
    this.prepare('INSERT OR REPLACE INTO sync_cursors VALUES (?, ?, ?, ?, ?, ?)').run(
      cursor.source,
      cursor.stateMachineArn,
      cursor.newestStartedAt?.getTime() ?? null,
      cursor.oldestStartedAt?.getTime() ?? null,
      cursor.resumeToken ?? null,
      cursor.updatedAt.getTime(),
    );
  }

  /** Executions stopped before `cutoff`, with their histories, text and field rows; running ones stay. */
  async deleteStoppedBefore(cutoff: Date): Promise<number> {
    const ms = cutoff.getTime();
    const deleted = this.db.transaction(() => {
      this.prepare(
        `DELETE FROM histories WHERE (source, execution_arn) IN (SELECT source, execution_arn FROM executions WHERE stopped_at_ms < ?)`,
      ).run(ms);
      const { changes } = this.prepare('DELETE FROM executions WHERE stopped_at_ms < ?').run(ms);
      // Executions that stopped before the cutoff are gone: the index is complete only from it on.
      this.prepare(
        'INSERT INTO retention (id, cutoff_ms) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET cutoff_ms = max(cutoff_ms, excluded.cutoff_ms)',
      ).run(ms);
      if (changes > 0) this.prepare('DELETE FROM field_paths WHERE id NOT IN (SELECT path_id FROM payload_fields)').run();
      return changes;
    })();
    return deleted;
  }

  async stats(source?: IndexSource): Promise<IndexStats> {
    const where = source === undefined ? '' : ' WHERE source = ?';
    const params = source === undefined ? [] : [source];
    return this.db.transaction(() => {
      const executions = this.prepare(
        `SELECT count(*) AS n, min(started_at_ms) AS oldest, max(started_at_ms) AS newest FROM executions${where}`,
      ).get(...params) as { n: number; oldest: number | null; newest: number | null };
      const histories = this.prepare(`SELECT count(*) AS n FROM histories${where}`).get(...params) as { n: number };
      return {
        executions: executions.n,
        histories: histories.n,
        ...(executions.oldest === null ? {} : { oldestStartedAt: new Date(executions.oldest) }),
        ...(executions.newest === null ? {} : { newestStartedAt: new Date(executions.newest) }),
        ...(this.file === IN_MEMORY ? {} : { sizeBytes: this.sizeOnDisk() }),
      };
    })();
  }

  /** The database file and its write-ahead log, which holds the latest writes until a checkpoint. */
  private sizeOnDisk(): number {
    return [this.file, `${this.file}-wal`].reduce((sum, file) => sum + (existsSync(file) ? statSync(file).size : 0), 0);
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
