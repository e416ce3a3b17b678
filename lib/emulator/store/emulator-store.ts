import type Database from 'better-sqlite3';
import type {
  ExecutionEnd,
  ExecutionRecord,
  NewExecution,
  NewStateMachine,
  StateMachineRecord,
  StateMachineRevision,
  StateMachineType,
  StoredEvent,
  StoredExecutionStatus,
} from './store-types';
import { EXECUTION_COLUMNS, toExecution, type ExecutionRow } from './execution-row';
import { StateMachineCache, type StateMachineIdentity } from './state-machine-cache';

interface StateMachineRow {
  id: number;
  arn: string;
  name: string;
  type: string;
  creation_date_ms: number;
  current_revision: number;
}

interface RevisionRow {
  revision: number;
  revision_id: string;
  definition: string;
  role_arn: string;
  logging_configuration: string;
  tracing_configuration: string;
  description: string | null;
  update_date_ms: number;
}

interface EventRow {
  id: number;
  previous_event_id: number;
  type: string;
  timestamp_ms: number;
  details: string;
}

function toRevision(row: RevisionRow): StateMachineRevision {
  return {
    revision: row.revision,
    revisionId: row.revision_id,
    definition: row.definition,
    roleArn: row.role_arn,
    loggingConfiguration: row.logging_configuration,
    tracingConfiguration: row.tracing_configuration,
    description: row.description,
    updateDateMs: row.update_date_ms,
  };
}

function toEvent(row: EventRow): StoredEvent {
  return {
    id: row.id,
    previousEventId: row.previous_event_id,
    type: row.type,
    timestampMs: row.timestamp_ms,
    details: row.details,
  };
}

/**
 * All reads and writes of the emulator's data. Writes of one event-loop turn share one transaction:
 * the first write opens it and it commits at the end of the turn (setImmediate), so a burst of
 * started executions, history events and ends costs one commit, not one each. Reads use the same
 * connection and so see every write at once, committed or not; whoever answers a client about what
 * it read or wrote waits for `whenCommitted()` first, so a crash never loses what was acknowledged.
 */
export class EmulatorStore {
  private closed = false;
  private readonly statements;
  private commitScheduled = false;
  private commitWaiters: Array<{ resolve: () => void; reject: (error: unknown) => void }> = [];
  private writesBeforeCommit: Array<() => void> = [];
  private readonly begin: Database.Statement;
  private readonly commit: Database.Statement;
  private readonly rollback: Database.Statement;
  private readonly machines = new StateMachineCache();

  constructor(
    readonly db: Database.Database,
    private readonly onClose: () => void = () => {},
  ) {
    this.statements = {
      getMeta: db.prepare<[string], { value: string }>(`SELECT value FROM meta WHERE key = ?`),
      setMeta: db.prepare(`INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`),
      insertMachine: db.prepare(`INSERT INTO state_machines (arn, name, type, creation_date_ms, current_revision) VALUES (?, ?, ?, ?, 1)`),
      insertRevision: db.prepare(
        `INSERT INTO state_machine_revisions (state_machine_id, revision, revision_id, definition, role_arn,
           logging_configuration, tracing_configuration, description, update_date_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      setCurrentRevision: db.prepare(`UPDATE state_machines SET current_revision = ? WHERE id = ?`),
      getMachineByArn: db.prepare<[string], StateMachineRow>(
        `SELECT id, arn, name, type, creation_date_ms, current_revision FROM state_machines WHERE arn = ? AND deleted_at_ms IS NULL`,
      ),
      listMachines: db.prepare<[string, string, number, number], StateMachineRow>(
        `SELECT id, arn, name, type, creation_date_ms, current_revision FROM state_machines
         WHERE deleted_at_ms IS NULL AND substr(arn, 1, length(?)) = ? AND id > ? ORDER BY id LIMIT ?`,
      ),
      deleteMachine: db.prepare(`UPDATE state_machines SET deleted_at_ms = ? WHERE id = ?`),
      getMachineIdentity: db.prepare<[number], StateMachineIdentity>(`SELECT arn, name FROM state_machines WHERE id = ?`),
      getRevision: db.prepare<[number, number], RevisionRow>(
        `SELECT revision, revision_id, definition, role_arn, logging_configuration, tracing_configuration, description,
           update_date_ms FROM state_machine_revisions WHERE state_machine_id = ? AND revision = ?`,
      ),
      insertExecution: db.prepare(
        `INSERT INTO executions (arn, state_machine_id, revision, name, type, status, start_date_ms, input)
         VALUES (?, ?, ?, ?, ?, 'RUNNING', ?, ?)`,
      ),
      getExecutionByArn: db.prepare<[string], ExecutionRow>(
        `SELECT ${EXECUTION_COLUMNS} FROM executions e JOIN state_machines m ON m.id = e.state_machine_id WHERE e.arn = ?`,
      ),
      listExecutions: db.prepare<[number, number, number | null, number | null, number], ExecutionRow>(
        `SELECT ${EXECUTION_COLUMNS} FROM executions e JOIN state_machines m ON m.id = e.state_machine_id
         WHERE e.state_machine_id = ? AND e.id < ? AND (? IS NULL OR (e.redrive_count > 0) = ?)
           AND NOT EXISTS (SELECT 1 FROM map_run_executions c WHERE c.execution_id = e.id) ORDER BY e.id DESC LIMIT ?`,
      ),
      listExecutionsByStatus: db.prepare<[number, number, string, number | null, number | null, number], ExecutionRow>(
        `SELECT ${EXECUTION_COLUMNS} FROM executions e JOIN state_machines m ON m.id = e.state_machine_id
         WHERE e.state_machine_id = ? AND e.id < ? AND e.status = ? AND (? IS NULL OR (e.redrive_count > 0) = ?)
           AND NOT EXISTS (SELECT 1 FROM map_run_executions c WHERE c.execution_id = e.id) ORDER BY e.id DESC LIMIT ?`,
      ),
      markRedriven: db.prepare(
        `UPDATE executions SET status = 'RUNNING', stop_date_ms = NULL, output = NULL, error = NULL, cause = NULL,
           redrive_count = redrive_count + 1, redrive_date_ms = ? WHERE id = ? AND status != 'RUNNING'`,
      ),
      insertRedrive: db.prepare(
        `INSERT INTO execution_redrives (execution_id, redrive_count, redrive_date_ms, client_token)
         SELECT id, redrive_count, redrive_date_ms, ? FROM executions WHERE id = ?`,
      ),
      redriveByToken: db.prepare<[number, string, number], { redrive_date_ms: number }>(
        `SELECT redrive_date_ms FROM execution_redrives WHERE execution_id = ? AND client_token = ? AND redrive_date_ms >= ?
         ORDER BY redrive_count DESC LIMIT 1`,
      ),
      listRunning: db.prepare<[], ExecutionRow>(
        `SELECT ${EXECUTION_COLUMNS} FROM executions e JOIN state_machines m ON m.id = e.state_machine_id
         WHERE e.status = 'RUNNING' ORDER BY e.id`,
      ),
      endExecution: db.prepare(
        `UPDATE executions SET status = ?, stop_date_ms = ?, output = ?, error = ?, cause = ? WHERE id = ? AND status = 'RUNNING'`,
      ),
      insertEvent: db.prepare(
        `INSERT OR IGNORE INTO history_events (execution_id, id, previous_event_id, type, timestamp_ms, details)
         VALUES (?, ?, ?, ?, ?, ?)`,
      ),
      eventsAscending: db.prepare<[number, number, number], EventRow>(
        `SELECT id, previous_event_id, type, timestamp_ms, details FROM history_events
         WHERE execution_id = ? AND id > ? ORDER BY id LIMIT ?`,
      ),
      eventsDescending: db.prepare<[number, number, number], EventRow>(
        `SELECT id, previous_event_id, type, timestamp_ms, details FROM history_events
         WHERE execution_id = ? AND id < ? ORDER BY id DESC LIMIT ?`,
      ),
      expiredExecutionIds: db.prepare<[number], { id: number }>(
        `SELECT id FROM executions WHERE type = 'STANDARD' AND status != 'RUNNING' AND stop_date_ms < ?`,
      ),
      deleteExecutionEvents: db.prepare(`DELETE FROM history_events WHERE execution_id = ?`),
      deleteExecution: db.prepare(`DELETE FROM executions WHERE id = ?`),
      lastEventId: db.prepare<[number], { id: number }>(`SELECT id FROM history_events WHERE execution_id = ? ORDER BY id DESC LIMIT 1`),
      lastEvent: db.prepare<[number], EventRow>(
        `SELECT id, previous_event_id, type, timestamp_ms, details FROM history_events
         WHERE execution_id = ? ORDER BY id DESC LIMIT 1`,
      ),
    };
    this.begin = db.prepare('BEGIN');
    this.commit = db.prepare('COMMIT');
    this.rollback = db.prepare('ROLLBACK');
  }

  getMeta(key: string): string | undefined {
    return this.statements.getMeta.get(key)?.value;
  }

  setMeta(key: string, value: string): void {
    this.openTurnTransaction();
    this.statements.setMeta.run(key, value);
  }

  insertStateMachine(machine: NewStateMachine): StateMachineRecord {
    this.openTurnTransaction();
    const insert = this.db.transaction(() => {
      const id = Number(this.statements.insertMachine.run(machine.arn, machine.name, machine.type, machine.creationDateMs).lastInsertRowid);
      this.insertRevisionRow(id, 1, machine.revision);
      return id;
    });
    const id = insert();
    return this.machines.rememberMachine({
      id,
      arn: machine.arn,
      name: machine.name,
      type: machine.type,
      creationDateMs: machine.creationDateMs,
      current: { ...machine.revision, revision: 1 },
    });
  }

  /** Adds a revision and makes it current; returns it. */
  addRevision(machine: StateMachineRecord, revision: Omit<StateMachineRevision, 'revision'>): StateMachineRevision {
    const number = machine.current.revision + 1;
    this.openTurnTransaction();
    this.db.transaction(() => {
      this.insertRevisionRow(machine.id, number, revision);
      this.statements.setCurrentRevision.run(number, machine.id);
    })();
    this.machines.forgetMachine(machine.id);
    return this.machines.rememberRevision(machine.id, { ...revision, revision: number });
  }

  /** The active (not deleted) state machine with this ARN. */
  getStateMachine(arn: string): StateMachineRecord | undefined {
    const known = this.machines.machine(arn);
    if (known) return known;
    const row = this.statements.getMachineByArn.get(arn);
    return row && this.machines.rememberMachine(this.toMachine(row));
  }

  /** Active state machines whose ARN starts with `arnPrefix`, in creation order, after the one with id `afterId`. */
  listStateMachines(arnPrefix: string, afterId: number, limit: number): StateMachineRecord[] {
    return this.statements.listMachines.all(arnPrefix, arnPrefix, afterId, limit).map((row) => this.toMachine(row));
  }

  deleteStateMachine(id: number, nowMs: number): void {
    this.openTurnTransaction();
    this.statements.deleteMachine.run(nowMs, id);
    this.machines.forgetMachine(id);
  }

  getRevision(stateMachineId: number, revision: number): StateMachineRevision | undefined {
    const known = this.machines.revision(stateMachineId, revision);
    if (known) return known;
    const row = this.statements.getRevision.get(stateMachineId, revision);
    return row && this.machines.rememberRevision(stateMachineId, toRevision(row));
  }

  /**
   * Inserts a RUNNING execution together with the first event of its history, in one transaction: a
   * crash between the two would leave an execution whose history lacks ExecutionStarted.
   */
  insertExecution(execution: NewExecution, firstEvent: StoredEvent): ExecutionRecord {
    const machine = this.machineIdentity(execution.stateMachineId);
    this.openTurnTransaction();
    const id = Number(
      this.statements.insertExecution.run(
        execution.arn,
        execution.stateMachineId,
        execution.revision,
        execution.name,
        execution.type,
        execution.startDateMs,
        execution.input,
      ).lastInsertRowid,
    );
    // Both rows go into the turn's transaction; an event that cannot be written takes the execution row
    // out again. (A savepoint would do the same but copies every page the two inserts touch first.)
    try {
      const e = firstEvent;
      this.statements.insertEvent.run(id, e.id, e.previousEventId, e.type, e.timestampMs, e.details);
    } catch (error) {
      if (this.db.inTransaction) this.statements.deleteExecution.run(id);
      throw error;
    }
    // The row as just written, without reading it back.
    return {
      id,
      arn: execution.arn,
      stateMachineId: execution.stateMachineId,
      stateMachineArn: machine.arn,
      stateMachineName: machine.name,
      revision: execution.revision,
      name: execution.name,
      type: execution.type,
      status: 'RUNNING',
      startDateMs: execution.startDateMs,
      stopDateMs: null,
      input: execution.input,
      output: null,
      error: null,
      cause: null,
      redriveCount: 0,
      redriveDateMs: null,
    };
  }

  private machineIdentity(stateMachineId: number): StateMachineIdentity {
    const known = this.machines.identity(stateMachineId);
    if (known) return known;
    const row = this.statements.getMachineIdentity.get(stateMachineId);
    if (!row) throw new Error(`state machine ${stateMachineId} does not exist`);
    this.machines.rememberIdentity(stateMachineId, row);
    return row;
  }

  getExecution(arn: string): ExecutionRecord | undefined {
    const row = this.statements.getExecutionByArn.get(arn);
    return row && toExecution(row);
  }

  /** Executions of one state machine, newest first, with ids below `beforeId`; `redriven` filters on redriveCount > 0. */
  listExecutions(
    stateMachineId: number,
    status: StoredExecutionStatus | undefined,
    beforeId: number,
    limit: number,
    redriven?: boolean,
  ): ExecutionRecord[] {
    const flag = redriven === undefined ? null : Number(redriven);
    const rows = status
      ? this.statements.listExecutionsByStatus.all(stateMachineId, beforeId, status, flag, flag, limit)
      : this.statements.listExecutions.all(stateMachineId, beforeId, flag, flag, limit);
    return rows.map(toExecution);
  }

  /**
   * Reopens a closed execution for RedriveExecution: RUNNING again, without end, output or error,
   * redrive count up by one; the redrive is recorded with its client token. False if it was running.
   */
  markRedriven(executionId: number, redriveDateMs: number, clientToken: string | undefined): boolean {
    this.openTurnTransaction();
    return this.db.transaction(() => {
      if (this.statements.markRedriven.run(redriveDateMs, executionId).changes === 0) return false;
      this.statements.insertRedrive.run(clientToken ?? null, executionId);
      return true;
    })();
  }

  /** The date of this execution's latest redrive with `clientToken` at or after `sinceMs`, if any. */
  findRedriveDate(executionId: number, clientToken: string, sinceMs: number): number | undefined {
    return this.statements.redriveByToken.get(executionId, clientToken, sinceMs)?.redrive_date_ms;
  }

  listRunningExecutions(): ExecutionRecord[] {
    return this.statements.listRunning.all().map(toExecution);
  }

  /** Records the end of a RUNNING execution; false if it had already ended. */
  endExecution(executionId: number, end: ExecutionEnd): boolean {
    this.openTurnTransaction();
    const result = this.statements.endExecution.run(
      end.status,
      end.stopDateMs,
      end.output ?? null,
      end.error ?? null,
      end.cause ?? null,
      executionId,
    );
    return result.changes > 0;
  }

  /** Writes an event of a running execution (in this turn's transaction); ignored once the store is closed. */
  queueEvent(executionId: number, event: StoredEvent): void {
    if (this.closed) return;
    this.openTurnTransaction();
    this.statements.insertEvent.run(executionId, event.id, event.previousEventId, event.type, event.timestampMs, event.details);
  }

  /** Commits this turn's writes now (before closing, or before work that must see them on disk). */
  flush(): void {
    if (this.closed) return;
    this.commitTurn();
  }

  /**
   * Runs `write` in this turn's transaction just before it commits, so that a writer batching per turn
   * (the CloudWatch Logs delivery) shares the turn's commit instead of making one of its own. A write
   * that fails is reported and the turn commits without it (it should write in a savepoint).
   */
  writeBeforeCommit(write: () => void): void {
    if (this.closed) return;
    this.openTurnTransaction();
    // Inside a transaction of someone else's (not the turn's): nothing will commit for us, write now.
    if (!this.commitScheduled) write();
    else this.writesBeforeCommit.push(write);
  }

  /** Resolves once every write made so far is committed (at once when none is pending); rejects if the commit failed. */
  whenCommitted(): Promise<void> {
    if (!this.commitScheduled) return Promise.resolve();
    return new Promise((resolve, reject) => this.commitWaiters.push({ resolve, reject }));
  }

  private openTurnTransaction(): void {
    if (this.commitScheduled || this.db.inTransaction) return;
    this.begin.run();
    this.commitScheduled = true;
    setImmediate(() => this.commitTurn());
  }

  private commitTurn(): void {
    if (!this.commitScheduled) return;
    this.commitScheduled = false;
    const waiters = this.commitWaiters;
    this.commitWaiters = [];
    const writes = this.writesBeforeCommit;
    this.writesBeforeCommit = [];
    for (const write of writes) {
      try {
        write();
      } catch (error) {
        console.error('statescope emulator: a write batched for the end of the turn failed:', error);
      }
    }
    try {
      // SQLite rolls a transaction back by itself after some failures (disk full, I/O error).
      if (!this.db.inTransaction) throw new Error("the emulator database rolled this turn's writes back");
      this.commit.run();
    } catch (error) {
      if (this.db.inTransaction) this.rollback.run();
      this.machines.clear();
      for (const waiter of waiters) waiter.reject(error);
      return;
    }
    for (const waiter of waiters) waiter.resolve();
  }

  /** A page of events: ascending from after `fromId`, or descending from before `fromId`. */
  getEvents(executionId: number, fromId: number, reverse: boolean, limit: number): StoredEvent[] {
    const rows = reverse
      ? this.statements.eventsDescending.all(executionId, fromId, limit)
      : this.statements.eventsAscending.all(executionId, fromId, limit);
    return rows.map(toEvent);
  }

  /** The id of the execution's last event, 0 when it has none (without reading the event). */
  getLastEventId(executionId: number): number {
    return this.statements.lastEventId.get(executionId)?.id ?? 0;
  }

  getLastEvent(executionId: number): StoredEvent | undefined {
    const row = this.statements.lastEvent.get(executionId);
    return row && toEvent(row);
  }

  /**
   * Deletes closed Standard executions that stopped before `cutoffMs`, with their histories, as AWS
   * does once its retention has passed: afterwards they are not listed and are ExecutionDoesNotExist.
   * Express runs have no API history (their log records stay in CloudWatch Logs). Returns how many.
   */
  deleteClosedBefore(cutoffMs: number): number {
    if (this.closed) return 0;
    this.openTurnTransaction();
    return this.db.transaction(() => {
      const ids = this.statements.expiredExecutionIds.all(cutoffMs);
      for (const { id } of ids) {
        this.statements.deleteExecutionEvents.run(id);
        this.statements.deleteExecution.run(id);
      }
      return ids.length;
    })();
  }

  close(): void {
    if (this.closed) return;
    this.flush();
    this.closed = true;
    this.db.close();
    this.onClose();
  }

  private insertRevisionRow(machineId: number, number: number, r: Omit<StateMachineRevision, 'revision'>): void {
    this.statements.insertRevision.run(
      machineId,
      number,
      r.revisionId,
      r.definition,
      r.roleArn,
      r.loggingConfiguration,
      r.tracingConfiguration,
      r.description,
      r.updateDateMs,
    );
  }

  private toMachine(row: StateMachineRow): StateMachineRecord {
    const revision = this.getRevision(row.id, row.current_revision);
    if (!revision) throw new Error(`state machine ${row.arn} has no revision ${row.current_revision}`);
    return {
      id: row.id,
      arn: row.arn,
      name: row.name,
      type: row.type as StateMachineType,
      creationDateMs: row.creation_date_ms,
      current: revision,
    };
  }
}
