import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { ExecutionStatus, HistoryEventRecord } from '../domain';

/**
 * Statuses after which a history only changes by a redrive, which raises redriveCount
 * (docs/aws-behaviour.md#execution-statuses-and-redrive).
 */
const TERMINAL_STATUSES: ReadonlySet<ExecutionStatus> = new Set(['SUCCEEDED', 'FAILED', 'TIMED_OUT', 'ABORTED']);

export const DEFAULT_CACHE_FILE = path.join('.statescope', 'cache', 'histories.sqlite');

/** What identifies one history: the same ARN on another endpoint, or a reused name, is another entry. */
export interface CachedHistoryKey {
  /** The Step Functions endpoint the history came from (AWS, an emulator, LocalStack). */
  endpoint: string;
  executionArn: string;
  startedAt: Date;
  /** A redrive appends events and raises this, so an older copy is never served. */
  redriveCount?: number;
}

export interface HistoryCacheStats {
  hits: number;
  misses: number;
  writes: number;
  /** Writes refused because the execution was not terminal. */
  refused: number;
}

type Row = { events: string };

/**
 * SQLite cache of finished executions' histories (without execution data: the cost review needs no
 * payloads, and personal data should not land on disk). A running execution is never stored, so its
 * history is always read fresh.
 */
export class HistoryCache {
  readonly stats: HistoryCacheStats = { hits: 0, misses: 0, writes: 0, refused: 0 };
  private readonly db: Database.Database;
  private readonly select: Database.Statement<[string, string, number, number], Row>;
  private readonly insert: Database.Statement<[string, string, number, number, string, string, number]>;

  constructor(readonly file: string = DEFAULT_CACHE_FILE) {
    if (file !== ':memory:') mkdirSync(path.dirname(file), { recursive: true });
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.exec(`CREATE TABLE IF NOT EXISTS histories (
      endpoint TEXT NOT NULL,
      execution_arn TEXT NOT NULL,
      started_at_ms INTEGER NOT NULL,
      redrive_count INTEGER NOT NULL,
      status TEXT NOT NULL,
      events TEXT NOT NULL,
      cached_at_ms INTEGER NOT NULL,
      PRIMARY KEY (endpoint, execution_arn, started_at_ms, redrive_count)
    )`);
    this.select = this.db.prepare(
      'SELECT events FROM histories WHERE endpoint = ? AND execution_arn = ? AND started_at_ms = ? AND redrive_count = ?',
    );
    this.insert = this.db.prepare('INSERT OR REPLACE INTO histories VALUES (?, ?, ?, ?, ?, ?, ?)');
  }

  static isCacheable(status: ExecutionStatus): boolean {
    return TERMINAL_STATUSES.has(status);
  }

  get(key: CachedHistoryKey): HistoryEventRecord[] | undefined {
    const row = this.select.get(key.endpoint, key.executionArn, key.startedAt.getTime(), key.redriveCount ?? 0);
    if (!row) {
      this.stats.misses += 1;
      return undefined;
    }
    this.stats.hits += 1;
    const events = JSON.parse(row.events) as (Omit<HistoryEventRecord, 'timestamp'> & { timestamp: string })[];
    return events.map((event) => ({ ...event, timestamp: new Date(event.timestamp) }));
  }

  /** Stores a finished execution's history; returns false (and stores nothing) for a running one. */
  put(key: CachedHistoryKey, status: ExecutionStatus, events: readonly HistoryEventRecord[]): boolean {
    if (!HistoryCache.isCacheable(status)) {
      this.stats.refused += 1;
      return false;
    }
    this.insert.run(
      key.endpoint,
      key.executionArn,
      key.startedAt.getTime(),
      key.redriveCount ?? 0,
      status,
      JSON.stringify(events),
      Date.now(),
    );
    this.stats.writes += 1;
    return true;
  }

  count(): number {
    return (this.db.prepare('SELECT COUNT(*) AS n FROM histories').get() as { n: number }).n;
  }

  close(): void {
    this.db.close();
  }
}
