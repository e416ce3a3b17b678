/**
 * The execution index: Statescope's own record of executions, kept past AWS's retention, searchable
 * by payload and grouped by failure. This file is the narrow interface every store implements
 * (SQLite today, PostgreSQL for a shared team index later): nothing above it may assume SQLite, so
 * every method is async and queries are structured data, never SQL text. Types only.
 */
import type { ExecutionStatus, HistoryEventRecord } from '../domain';

/** Where an execution came from: the Step Functions endpoint (AWS, the emulator, LocalStack). */
export type IndexSource = string;

/** A payload as stored: redacted, then capped (the cap is said, never silent). */
export interface StoredPayload {
  /** JSON text after redaction, cut to the cap when `truncated`. */
  text: string;
  /** Size in bytes (UTF-8) of the redacted payload before the cap. */
  bytes: number;
  truncated: boolean;
}

/** The nearest caught error on the failure path, or the reason a Fail state's input held. */
export interface IndexedRootCause {
  /** The state that raised the caught error (inside a Map or Parallel when that is where it was). */
  state?: string;
  error?: string;
  /** One readable line: the Lambda's errorMessage, a parsed cause, or the input's reason. */
  message?: string;
}

/** What the per-state comparison and the failure groups need of one visit, in the order they ran. */
export interface IndexedVisit {
  state: string;
  /** Map/Parallel path, '' at the top level, e.g. 'ProcessItems[3]'. */
  scope: string;
  status: 'succeeded' | 'failed' | 'caught' | 'running' | 'aborted' | 'timed_out';
  retries: number;
  durationMs: number | null;
  error?: string;
  next?: string;
}

/** One execution as the index keeps it. */
export interface IndexedExecution {
  source: IndexSource;
  executionArn: string;
  stateMachineArn: string;
  stateMachineName: string;
  workflowType: 'STANDARD' | 'EXPRESS';
  stateMachineVersionArn?: string;
  stateMachineAliasArn?: string;
  name: string;
  status: ExecutionStatus;
  startedAt: Date;
  stoppedAt?: Date;
  redriveCount: number;
  /** The state where it failed (the Fail state, or the state whose error ended it). */
  failingState?: string;
  error?: string;
  /** The cause as AWS wrote it, its JSON parsed to one readable line where it is a Lambda error. */
  cause?: string;
  /**
   * What failure groups group by: the root cause's message when a caught error (or the input's
   * reason) led to a Fail state, else the cause; ids, numbers, UUIDs and timestamps replaced by placeholders.
   */
  normalizedCause?: string;
  /** The real cause behind a Fail state (caught error or input reason); absent when none. */
  rootCause?: IndexedRootCause;
  input?: StoredPayload;
  output?: StoredPayload;
  transitions: number;
  /** Estimated cost in USD of this execution (list price of its region). */
  costUsd: number;
  visits: IndexedVisit[];
  /** How many visits the history had, when more than `visits` holds (the list is capped); absent otherwise. */
  visitsTotal?: number;
  /** When the index last wrote this record. */
  indexedAt: Date;
  /** True once the source no longer returns this execution (AWS retention passed): the index is the archive. */
  goneFromSource?: boolean;
}

/** Identifies one stored history: a redrive appends events and raises redriveCount. */
export interface StoredHistoryKey {
  source: IndexSource;
  executionArn: string;
  startedAt: Date;
  redriveCount?: number;
}

export interface StoredHistory {
  events: HistoryEventRecord[];
  /** False when stored without execution data (the cost review reads histories without payloads). */
  includesData: boolean;
  status: ExecutionStatus;
  storedAt: Date;
}

/** A condition on the JSON of the input or output: `$.order.id = "ORD-20483"`, `$.amount > 100`. */
export interface FieldCondition {
  /** Which payload; default both (either matches). */
  payload?: 'input' | 'output';
  /** A simple JSONPath: `$`, `.name`, `['name']` and `[n]` segments only. */
  path: string;
  operator: '=' | '!=' | '>' | '>=' | '<' | '<=' | 'contains' | 'exists';
  /** Compared as JSON: a string, a number, a boolean or null. Absent for `exists`. */
  value?: string | number | boolean | null;
}

export interface ExecutionQuery {
  source?: IndexSource;
  /** Full-text terms over input, output, error and cause (all must match; "quoted phrases" allowed). */
  text?: string;
  fields?: FieldCondition[];
  stateMachineArns?: string[];
  statuses?: ExecutionStatus[];
  errors?: string[];
  failingStates?: string[];
  /** Started at or after. */
  from?: Date;
  /** Started before. */
  to?: Date;
  /** Newest first. Default 50, at most 500. */
  limit?: number;
  /** Opaque cursor from a previous page. */
  cursor?: string;
}

export interface ExecutionSearchHit {
  execution: IndexedExecution;
  /** Where the text matched, with the matched terms between «» marks; absent for field-only queries. */
  snippet?: string;
  /** Which part the snippet is from. */
  snippetField?: 'input' | 'output' | 'error' | 'cause';
}

export interface ExecutionSearchPage {
  hits: ExecutionSearchHit[];
  /** How many executions match in all. */
  total: number;
  nextCursor?: string;
}

export interface FailureGroupQuery {
  source?: IndexSource;
  stateMachineArns?: string[];
  from?: Date;
  to?: Date;
  /** Trend buckets over [from, to). Default 24. */
  buckets?: number;
  /** Sample executions per group, newest first. Default 5. */
  samples?: number;
}

/** Failures of one state machine, failing state, error and normalized cause. */
export interface FailureGroup {
  stateMachineArn: string;
  /** The state the failure is attributed to: the root cause's state when a caught error led to a Fail state. */
  state: string;
  error: string;
  /** The normalized cause (placeholders for ids, numbers, UUIDs, timestamps). */
  cause: string;
  count: number;
  firstSeen: Date;
  lastSeen: Date;
  /** Failures per bucket, oldest first, over the query window. */
  trend: { start: Date; count: number }[];
  /** This group's failures over the machine's executions in the window, 0..1. */
  shareOfMachine: number;
  /** Newest first. */
  sampleExecutionArns: string[];
}

/** How far a sync has got for one state machine, so it resumes and stays incremental. */
export interface SyncCursor {
  source: IndexSource;
  stateMachineArn: string;
  /** Newest start time fully indexed: later syncs list only newer executions (plus running ones). */
  newestStartedAt?: Date;
  /** Oldest start time reached so far (how far back the index goes). */
  oldestStartedAt?: Date;
  /** A listing interrupted part-way: resume from here. */
  resumeToken?: string;
  updatedAt: Date;
}

export interface IndexStats {
  executions: number;
  histories: number;
  oldestStartedAt?: Date;
  newestStartedAt?: Date;
  /** Bytes on disk where the store knows. */
  sizeBytes?: number;
}

/**
 * Counts per state machine and time bucket over [from, to): what the overview and the state machine
 * page chart. Buckets of `bucketMs` start at `from`; the last one ends at `to` (it may be shorter).
 */
export interface ExecutionCountQuery {
  source: IndexSource;
  /** One result per ARN, in this order. */
  stateMachineArns: readonly string[];
  from: Date;
  to: Date;
  bucketMs: number;
  /** Duration statistics of the executions that closed in the window: none (default), over the window, or per bucket too. */
  durations?: 'none' | 'window' | 'buckets';
}

/**
 * Counted as CloudWatch counts them, so both sources agree: `started` (and `running`, `pendingRedrive`,
 * among those) by start time; the closing statuses by stop time.
 */
export interface IndexedStatusCounts {
  started: number;
  succeeded: number;
  failed: number;
  timedOut: number;
  aborted: number;
  /** Started in the bucket and still running at the last sync. */
  running: number;
  pendingRedrive: number;
}

/** Durations (stop − start) of executions that closed in the window or bucket; nearest-rank percentiles. */
export interface IndexedDurations {
  count: number;
  p50Ms?: number;
  p90Ms?: number;
  p99Ms?: number;
  averageMs?: number;
  maximumMs?: number;
}

export interface IndexedCountBucket {
  start: Date;
  end: Date;
  counts: IndexedStatusCounts;
  /** With `durations: 'buckets'` only. */
  durations?: IndexedDurations;
}

export interface MachineExecutionCounts {
  stateMachineArn: string;
  total: IndexedStatusCounts;
  /** Oldest first, every bucket of the window, empty ones with zero counts. */
  buckets: IndexedCountBucket[];
  /** With `durations: 'window'` or `'buckets'`. */
  durations?: IndexedDurations;
}

/**
 * How much of one machine's executions the index holds, from its sync cursor and the retention applied.
 * A first walk reads the listing to its end, so once synced the index holds every execution the source
 * still listed then, and every later one up to `completeUntil`; how far back that is depends on the
 * source's own retention, which the caller knows (lib/services/execution-counts).
 */
export interface IndexReach {
  stateMachineArn: string;
  /** False before a first walk of the listing finished: the index holds only part of the machine. */
  synced: boolean;
  /** The oldest start time the walks listed; absent when they listed nothing. */
  oldestListed?: Date;
  /** The last finished walk's time (the newest start time indexed while a later walk is under way). */
  completeUntil?: Date;
  /** Executions that stopped before this were deleted by a retention (`deleteStoppedBefore`). */
  retentionCutoff?: Date;
}

/** The store behind the index. Every implementation passes test/support/execution-index/store-contract.ts. */
export interface ExecutionIndexStore {
  /** Inserts or replaces records, all or none. */
  putExecutions(records: readonly IndexedExecution[]): Promise<void>;
  getExecution(source: IndexSource, executionArn: string): Promise<IndexedExecution | undefined>;
  /** ARNs of executions stored as RUNNING (or PENDING_REDRIVE), to re-read on the next sync. */
  listUnfinished(source: IndexSource, stateMachineArn?: string): Promise<string[]>;
  /** Marks executions the source no longer returns: kept, and said to be archived. */
  markGoneFromSource(source: IndexSource, executionArns: readonly string[]): Promise<void>;

  getHistory(key: StoredHistoryKey): Promise<StoredHistory | undefined>;
  /** Stores a finished execution's history; returns false (stores nothing) for an unfinished one. */
  putHistory(
    key: StoredHistoryKey,
    status: ExecutionStatus,
    events: readonly HistoryEventRecord[],
    includesData: boolean,
  ): Promise<boolean>;

  search(query: ExecutionQuery): Promise<ExecutionSearchPage>;
  failureGroups(query: FailureGroupQuery): Promise<FailureGroup[]>;
  /** Executions per machine, status and time bucket, with durations when asked (see ExecutionCountQuery). */
  countExecutions(query: ExecutionCountQuery): Promise<MachineExecutionCounts[]>;
  /** How far each machine's executions are complete in the index, in the order asked. */
  readIndexReach(source: IndexSource, stateMachineArns: readonly string[]): Promise<IndexReach[]>;

  getSyncCursor(source: IndexSource, stateMachineArn: string): Promise<SyncCursor | undefined>;
  putSyncCursor(cursor: SyncCursor): Promise<void>;

  /** Deletes executions (and their histories) that stopped before `cutoff`; returns how many. The latest cutoff is kept for `readIndexReach`. */
  deleteStoppedBefore(cutoff: Date): Promise<number>;
  stats(source?: IndexSource): Promise<IndexStats>;
  close(): Promise<void>;
}
