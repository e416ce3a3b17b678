import type { EmulatorStore } from '../store/emulator-store';
import { EXECUTION_COLUMNS, toExecution, type ExecutionRow } from '../store/execution-row';
import type { ExecutionRecord, StoredExecutionStatus } from '../store/store-types';

export type MapRunRowStatus = 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'ABORTED';

export interface MapRunRecord {
  id: number;
  arn: string;
  executionId: number;
  executionArn: string;
  stateMachineArn: string;
  label: string;
  status: MapRunRowStatus;
  startDateMs: number;
  stopDateMs: number | null;
  maxConcurrency: number;
  toleratedFailurePercentage: number;
  toleratedFailureCount: number;
  itemTotal: number;
  executionTotal: number;
  resultsWritten: number;
  redriveCount: number;
  redriveDateMs: number | null;
}

export interface NewMapRun {
  arn: string;
  executionId: number;
  label: string;
  startDateMs: number;
  maxConcurrency: number;
  toleratedFailurePercentage: number;
  toleratedFailureCount: number;
  itemTotal: number;
  executionTotal: number;
}

/** Children per status: how many executions and how many items they carry. */
export type ChildCounts = Record<StoredExecutionStatus, { executions: number; items: number }>;

/** A child execution as the Map Run APIs show it (the executions row, seen from its Map Run). */
export interface ChildExecution extends ExecutionRecord {
  /** The labelled machine, `…:stateMachine:NAME/LABEL`. */
  stateMachineArn: string;
  mapRunArn: string;
  label: string;
  itemCount: number;
  /** The child's place among its Map Run's children (item, or ItemBatcher batch); -1 if unknown. */
  childIndex: number;
  redriveState: ChildRedriveState | null;
}

/** 'PENDING': a Map Run redrive will redrive it; 'NOT_REDRIVABLE': it failed and a redrive could not. */
export type ChildRedriveState = 'PENDING' | 'NOT_REDRIVABLE';

/** DescribeMapRun's redrive counts: executions and the items they carry. */
export interface RedriveCounts {
  pendingRedrive: { executions: number; items: number };
  failuresNotRedrivable: { executions: number; items: number };
}

interface MapRunRow {
  id: number;
  arn: string;
  execution_id: number;
  execution_arn: string;
  state_machine_arn: string;
  label: string;
  status: string;
  start_date_ms: number;
  stop_date_ms: number | null;
  max_concurrency: number;
  tolerated_failure_percentage: number;
  tolerated_failure_count: number;
  item_total: number;
  execution_total: number;
  results_written: number;
  redrive_count: number;
  redrive_date_ms: number | null;
}

/** An execution row with its Map Run and its place there (alias `r` is map_runs, `c` map_run_executions). */
interface ChildRow extends ExecutionRow {
  map_run_arn: string;
  label: string;
  item_count: number;
  child_index: number;
  redrive_state: string | null;
}

const MAP_RUN_COLUMNS = `r.id, r.arn, r.execution_id, e.arn AS execution_arn, m.arn AS state_machine_arn, r.label, r.status,
  r.start_date_ms, r.stop_date_ms, r.max_concurrency, r.tolerated_failure_percentage, r.tolerated_failure_count,
  r.item_total, r.execution_total, r.results_written, r.redrive_count, r.redrive_date_ms`;
const MAP_RUN_FROM = `map_runs r JOIN executions e ON e.id = r.execution_id JOIN state_machines m ON m.id = e.state_machine_id`;
const CHILD_COLUMNS = `${EXECUTION_COLUMNS}, r.arn AS map_run_arn, r.label, c.item_count, c.child_index, c.redrive_state`;
const CHILD_FROM = `map_run_executions c JOIN executions e ON e.id = c.execution_id JOIN map_runs r ON r.id = c.map_run_id
  JOIN state_machines m ON m.id = e.state_machine_id`;

function toMapRun(row: MapRunRow): MapRunRecord {
  return {
    id: row.id,
    arn: row.arn,
    executionId: row.execution_id,
    executionArn: row.execution_arn,
    stateMachineArn: row.state_machine_arn,
    label: row.label,
    status: row.status as MapRunRowStatus,
    startDateMs: row.start_date_ms,
    stopDateMs: row.stop_date_ms,
    maxConcurrency: row.max_concurrency,
    toleratedFailurePercentage: row.tolerated_failure_percentage,
    toleratedFailureCount: row.tolerated_failure_count,
    itemTotal: row.item_total,
    executionTotal: row.execution_total,
    resultsWritten: row.results_written,
    redriveCount: row.redrive_count,
    redriveDateMs: row.redrive_date_ms,
  };
}

/** A child's state machine is the Map Run's labelled machine, `…:stateMachine:NAME/LABEL`. */
function toChild(row: ChildRow): ChildExecution {
  return {
    ...toExecution(row),
    stateMachineArn: `${row.state_machine_arn}/${row.label}`,
    mapRunArn: row.map_run_arn,
    label: row.label,
    itemCount: row.item_count,
    childIndex: row.child_index,
    redriveState: row.redrive_state as ChildRedriveState | null,
  };
}

/**
 * Map Runs and their child executions in the emulator's database (tables of store/map-runs-schema.ts).
 * Writes join the store's per-turn transaction when one is open.
 */
export class MapRunStore {
  private readonly statements;

  constructor(private readonly store: EmulatorStore) {
    const db = store.db;
    this.statements = {
      insert: db.prepare(
        `INSERT INTO map_runs (arn, execution_id, label, status, start_date_ms, max_concurrency, tolerated_failure_percentage,
           tolerated_failure_count, item_total, execution_total) VALUES (?, ?, ?, 'RUNNING', ?, ?, ?, ?, ?, ?)`,
      ),
      end: db.prepare(`UPDATE map_runs SET status = ?, stop_date_ms = ?, results_written = ? WHERE id = ? AND status = 'RUNNING'`),
      updateLimits: db.prepare(
        `UPDATE map_runs SET max_concurrency = ?, tolerated_failure_percentage = ?, tolerated_failure_count = ? WHERE id = ?`,
      ),
      byArn: db.prepare<[string], MapRunRow>(`SELECT ${MAP_RUN_COLUMNS} FROM ${MAP_RUN_FROM} WHERE r.arn = ?`),
      byExecution: db.prepare<[number, number, number], MapRunRow>(
        `SELECT ${MAP_RUN_COLUMNS} FROM ${MAP_RUN_FROM} WHERE r.execution_id = ? AND r.id < ? ORDER BY r.id DESC LIMIT ?`,
      ),
      running: db.prepare<[], { id: number }>(`SELECT id FROM map_runs WHERE status = 'RUNNING'`),
      insertChild: db.prepare(`INSERT INTO map_run_executions (execution_id, map_run_id, item_count, child_index) VALUES (?, ?, ?, ?)`),
      removeChild: db.prepare(`DELETE FROM map_run_executions WHERE execution_id = ?`),
      redrive: db.prepare(
        `UPDATE map_runs SET status = 'RUNNING', stop_date_ms = NULL, redrive_count = redrive_count + 1, redrive_date_ms = ?
         WHERE id = ? AND status <> 'RUNNING'`,
      ),
      markPendingRedrive: db.prepare(
        `UPDATE map_run_executions SET redrive_state = 'PENDING' WHERE map_run_id = ? AND redrive_state IS NULL
         AND execution_id IN (SELECT id FROM executions WHERE status IN ('FAILED', 'TIMED_OUT', 'ABORTED'))`,
      ),
      clearPending: db.prepare(`UPDATE map_run_executions SET redrive_state = NULL WHERE map_run_id = ? AND redrive_state = 'PENDING'`),
      setRedriveState: db.prepare(`UPDATE map_run_executions SET redrive_state = ? WHERE execution_id = ?`),
      allChildren: db.prepare<[number], ChildRow>(
        `SELECT ${CHILD_COLUMNS} FROM ${CHILD_FROM} WHERE c.map_run_id = ? ORDER BY c.child_index`,
      ),
      childrenPendingRedrive: db.prepare<[number, number, number], ChildRow>(
        `SELECT ${CHILD_COLUMNS} FROM ${CHILD_FROM} WHERE c.map_run_id = ? AND c.execution_id < ? AND c.redrive_state = 'PENDING'
         ORDER BY c.execution_id DESC LIMIT ?`,
      ),
      redriveCounts: db.prepare<[number], { state: string; executions: number; items: number }>(
        `SELECT redrive_state AS state, COUNT(*) AS executions, SUM(item_count) AS items FROM map_run_executions
         WHERE map_run_id = ? AND redrive_state IS NOT NULL GROUP BY redrive_state`,
      ),
      child: db.prepare<[number], ChildRow>(`SELECT ${CHILD_COLUMNS} FROM ${CHILD_FROM} WHERE c.execution_id = ?`),
      children: db.prepare<[number, number, number], ChildRow>(
        `SELECT ${CHILD_COLUMNS} FROM ${CHILD_FROM} WHERE c.map_run_id = ? AND c.execution_id < ? ORDER BY c.execution_id DESC LIMIT ?`,
      ),
      childrenByStatus: db.prepare<[number, number, string, number], ChildRow>(
        `SELECT ${CHILD_COLUMNS} FROM ${CHILD_FROM} WHERE c.map_run_id = ? AND c.execution_id < ? AND e.status = ?
         ORDER BY c.execution_id DESC LIMIT ?`,
      ),
      counts: db.prepare<[number], { status: string; executions: number; items: number }>(
        `SELECT e.status AS status, COUNT(*) AS executions, SUM(c.item_count) AS items
         FROM map_run_executions c JOIN executions e ON e.id = c.execution_id WHERE c.map_run_id = ? GROUP BY e.status`,
      ),
    };
  }

  insertMapRun(run: NewMapRun): number {
    const s = this.statements;
    return Number(
      s.insert.run(
        run.arn,
        run.executionId,
        run.label,
        run.startDateMs,
        run.maxConcurrency,
        run.toleratedFailurePercentage,
        run.toleratedFailureCount,
        run.itemTotal,
        run.executionTotal,
      ).lastInsertRowid,
    );
  }

  /** Ends a RUNNING Map Run; children a redrive left pending (it was stopped first) are no longer pending. */
  endMapRun(id: number, status: Exclude<MapRunRowStatus, 'RUNNING'>, stopDateMs: number, resultsWritten: number): void {
    this.statements.end.run(status, stopDateMs, resultsWritten, id);
    this.statements.clearPending.run(id);
  }

  updateLimits(id: number, limits: { maxConcurrency: number; toleratedFailurePercentage: number; toleratedFailureCount: number }): void {
    this.statements.updateLimits.run(limits.maxConcurrency, limits.toleratedFailurePercentage, limits.toleratedFailureCount, id);
  }

  getMapRun(arn: string): MapRunRecord | undefined {
    const row = this.statements.byArn.get(arn);
    return row && toMapRun(row);
  }

  /** Map Runs of one execution, newest first, with ids below `beforeId`. */
  listMapRuns(executionId: number, beforeId: number, limit: number): MapRunRecord[] {
    return this.statements.byExecution.all(executionId, beforeId, limit).map(toMapRun);
  }

  /** Ends, as FAILED at `stopDateMs`, the Map Runs an earlier process left running (their engines are gone). */
  endInterruptedMapRuns(stopDateMs: number): number {
    const ids = this.statements.running.all();
    for (const { id } of ids) this.endMapRun(id, 'FAILED', stopDateMs, 0);
    return ids.length;
  }

  addChild(executionId: number, mapRunId: number, itemCount: number, childIndex = -1): void {
    this.statements.insertChild.run(executionId, mapRunId, itemCount, childIndex);
  }

  /** Unties a child from its Map Run (an Express child a redrive restarts under a new ARN); its row stays. */
  removeChild(executionId: number): void {
    this.statements.removeChild.run(executionId);
  }

  /**
   * Reopens a closed Map Run for a redrive of its parent: RUNNING, redrive count up by one, and its
   * unsuccessful children pending redrive. False if it was running.
   */
  redriveMapRun(id: number, redriveDateMs: number): boolean {
    if (this.statements.redrive.run(redriveDateMs, id).changes === 0) return false;
    this.statements.markPendingRedrive.run(id);
    return true;
  }

  setRedriveState(executionId: number, state: ChildRedriveState | null): void {
    this.statements.setRedriveState.run(state, executionId);
  }

  /** Every child of a Map Run, in child order. */
  allChildren(mapRunId: number): ChildExecution[] {
    return this.statements.allChildren.all(mapRunId).map(toChild);
  }

  /** Children waiting for a Map Run redrive (ListExecutions' PENDING_REDRIVE), newest first. */
  listChildrenPendingRedrive(mapRunId: number, beforeId: number, limit: number): ChildExecution[] {
    return this.statements.childrenPendingRedrive.all(mapRunId, beforeId, limit).map(toChild);
  }

  redriveCounts(mapRunId: number): RedriveCounts {
    const counts: RedriveCounts = { pendingRedrive: { executions: 0, items: 0 }, failuresNotRedrivable: { executions: 0, items: 0 } };
    for (const row of this.statements.redriveCounts.all(mapRunId)) {
      const entry = row.state === 'PENDING' ? counts.pendingRedrive : counts.failuresNotRedrivable;
      Object.assign(entry, { executions: row.executions, items: row.items });
    }
    return counts;
  }

  /** The child execution with this id, or undefined when it is no Map Run child. */
  getChild(executionId: number): ChildExecution | undefined {
    const row = this.statements.child.get(executionId);
    return row && toChild(row);
  }

  /** Children of a Map Run, newest first, with ids below `beforeId`, optionally of one status. */
  listChildren(mapRunId: number, status: StoredExecutionStatus | undefined, beforeId: number, limit: number): ChildExecution[] {
    const rows = status
      ? this.statements.childrenByStatus.all(mapRunId, beforeId, status, limit)
      : this.statements.children.all(mapRunId, beforeId, limit);
    return rows.map(toChild);
  }

  childCounts(mapRunId: number): ChildCounts {
    const counts: ChildCounts = {
      RUNNING: { executions: 0, items: 0 },
      SUCCEEDED: { executions: 0, items: 0 },
      FAILED: { executions: 0, items: 0 },
      TIMED_OUT: { executions: 0, items: 0 },
      ABORTED: { executions: 0, items: 0 },
    };
    for (const row of this.statements.counts.all(mapRunId)) {
      const entry = counts[row.status as StoredExecutionStatus];
      if (entry) Object.assign(entry, { executions: row.executions, items: row.items });
    }
    return counts;
  }

  get emulatorStore(): EmulatorStore {
    return this.store;
  }
}

const stores = new WeakMap<EmulatorStore, MapRunStore>();

/** One MapRunStore per emulator store (its statements are prepared once). */
export function mapRunStoreOf(store: EmulatorStore): MapRunStore {
  let found = stores.get(store);
  if (!found) {
    found = new MapRunStore(store);
    stores.set(store, found);
  }
  return found;
}
