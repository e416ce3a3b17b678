import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { applySchema } from '@/lib/emulator/store/apply-schema';
import { EmulatorStore } from '@/lib/emulator/store/emulator-store';
import type { NewExecution, NewStateMachine, StateMachineRevision, StoredEvent } from '@/lib/emulator/store/store-types';

const PREFIX = 'arn:aws:states:us-east-1:123456789012:stateMachine:';
const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

/** The store on an in-memory database with the real schema (openEmulatorStore has its own test). */
function openStore(): EmulatorStore {
  const db = new Database(':memory:');
  applySchema(db);
  const store = new EmulatorStore(db);
  cleanups.push(() => store.close());
  return store;
}

function revision(overrides: Partial<Omit<StateMachineRevision, 'revision'>> = {}): Omit<StateMachineRevision, 'revision'> {
  return {
    revisionId: 'rev-1',
    definition: '{"StartAt":"A"}',
    roleArn: 'arn:aws:iam::123456789012:role/R',
    loggingConfiguration: '{"level":"OFF","includeExecutionData":false}',
    tracingConfiguration: '{"enabled":false}',
    description: null,
    updateDateMs: 1_000,
    ...overrides,
  };
}

function machine(name: string, prefix = PREFIX): NewStateMachine {
  return { arn: `${prefix}${name}`, name, type: 'STANDARD', creationDateMs: 1_000, revision: revision() };
}

function execution(stateMachineId: number, name: string, overrides: Partial<NewExecution> = {}): NewExecution {
  return {
    arn: `arn:aws:states:us-east-1:123456789012:execution:M:${name}`,
    stateMachineId,
    revision: 1,
    name,
    type: 'STANDARD',
    startDateMs: 2_000,
    input: '{"n":1}',
    ...overrides,
  };
}

const event = (id: number, type = 'PassStateEntered', details = '{}'): StoredEvent => ({
  id,
  previousEventId: id - 1,
  type,
  timestampMs: 2_000 + id,
  details,
});

describe('EmulatorStore meta', () => {
  it('reads back what was set, overwrites on a second set, and is undefined for unknown keys', () => {
    const store = openStore();
    expect(store.getMeta('page_token_secret')).toBeUndefined();
    store.setMeta('page_token_secret', 'one');
    store.setMeta('page_token_secret', 'two');
    expect(store.getMeta('page_token_secret')).toBe('two');
    expect(store.getMeta('schema_version')).toBe('4');
  });
});

describe('EmulatorStore state machines', () => {
  it('inserts a machine with revision 1 and reads it back by ARN', () => {
    const store = openStore();
    const inserted = store.insertStateMachine(machine('M'));
    expect(inserted).toEqual({
      id: inserted.id,
      arn: `${PREFIX}M`,
      name: 'M',
      type: 'STANDARD',
      creationDateMs: 1_000,
      current: { ...revision(), revision: 1 },
    });
    expect(store.getStateMachine(`${PREFIX}M`)).toEqual(inserted);
    expect(store.getStateMachine(`${PREFIX}Other`)).toBeUndefined();
  });

  it('makes an added revision current and keeps the earlier one readable', () => {
    const store = openStore();
    const inserted = store.insertStateMachine(machine('M'));
    const second = store.addRevision(inserted, revision({ revisionId: 'rev-2', definition: '{"StartAt":"B"}', updateDateMs: 5_000 }));
    expect(second.revision).toBe(2);
    expect(store.getStateMachine(`${PREFIX}M`)?.current).toEqual({
      ...revision({ revisionId: 'rev-2', definition: '{"StartAt":"B"}', updateDateMs: 5_000 }),
      revision: 2,
    });
    expect(store.getRevision(inserted.id, 1)?.definition).toBe('{"StartAt":"A"}');
    expect(store.getRevision(inserted.id, 3)).toBeUndefined();
  });

  it('numbers a revision after the record it was given, so a third follows the second', () => {
    const store = openStore();
    const inserted = store.insertStateMachine(machine('M'));
    store.addRevision(inserted, revision({ revisionId: 'rev-2' }));
    const current = store.getStateMachine(`${PREFIX}M`);
    if (!current) throw new Error('machine vanished');
    expect(store.addRevision(current, revision({ revisionId: 'rev-3' })).revision).toBe(3);
  });

  it('lists the machines under an ARN prefix in creation order, page by page after an id', () => {
    const store = openStore();
    const [a, b, c] = ['A', 'B', 'C'].map((name) => store.insertStateMachine(machine(name)));
    store.insertStateMachine(machine('Elsewhere', 'arn:aws:states:eu-west-1:123456789012:stateMachine:'));
    expect(store.listStateMachines(PREFIX, 0, 10).map((m) => m.name)).toEqual(['A', 'B', 'C']);
    expect(store.listStateMachines(PREFIX, 0, 2).map((m) => m.name)).toEqual(['A', 'B']);
    expect(store.listStateMachines(PREFIX, b!.id, 2).map((m) => m.name)).toEqual(['C']);
    expect(store.listStateMachines(PREFIX, c!.id, 2)).toEqual([]);
    expect(a!.id).toBeLessThan(b!.id);
  });

  it('treats the ARN prefix literally: % and _ are not wildcards', () => {
    const store = openStore();
    store.insertStateMachine(machine('a_b'));
    store.insertStateMachine(machine('axb'));
    expect(store.listStateMachines(`${PREFIX}a_`, 0, 10).map((m) => m.name)).toEqual(['a_b']);
    expect(store.listStateMachines(`${PREFIX}%`, 0, 10)).toEqual([]);
  });

  it('hides a deleted machine but keeps its revisions and executions readable, and lets the name be reused', () => {
    const store = openStore();
    const old = store.insertStateMachine(machine('M'));
    const run = store.insertExecution(execution(old.id, 'e'), event(1, 'ExecutionStarted'));
    store.deleteStateMachine(old.id, 9_000);
    expect(store.getStateMachine(`${PREFIX}M`)).toBeUndefined();
    expect(store.listStateMachines(PREFIX, 0, 10)).toEqual([]);
    expect(store.getRevision(old.id, 1)?.revisionId).toBe('rev-1');
    expect(store.getExecution(run.arn)).toMatchObject({ stateMachineArn: `${PREFIX}M`, stateMachineName: 'M' });
    const again = store.insertStateMachine(machine('M'));
    expect(again.id).not.toBe(old.id);
    expect(store.getStateMachine(`${PREFIX}M`)?.id).toBe(again.id);
  });
});

describe('EmulatorStore executions', () => {
  it('inserts a RUNNING execution joined with its machine, with nothing ended yet', () => {
    const store = openStore();
    const m = store.insertStateMachine(machine('M'));
    const record = store.insertExecution(execution(m.id, 'e'), event(1, 'ExecutionStarted'));
    expect(record).toEqual({
      id: record.id,
      arn: 'arn:aws:states:us-east-1:123456789012:execution:M:e',
      stateMachineId: m.id,
      stateMachineArn: `${PREFIX}M`,
      stateMachineName: 'M',
      revision: 1,
      name: 'e',
      type: 'STANDARD',
      status: 'RUNNING',
      startDateMs: 2_000,
      stopDateMs: null,
      input: '{"n":1}',
      output: null,
      error: null,
      cause: null,
      redriveCount: 0,
      redriveDateMs: null,
    });
    expect(store.getExecution('arn:aws:states:us-east-1:123456789012:execution:M:missing')).toBeUndefined();
  });

  it('reopens a closed execution for a redrive, counts it, keeps its client token, and filters lists by it', () => {
    const store = openStore();
    const m = store.insertStateMachine(machine('M'));
    const record = store.insertExecution(execution(m.id, 'e'), event(1, 'ExecutionStarted'));
    store.insertExecution(execution(m.id, 'other'), event(1, 'ExecutionStarted'));
    expect(store.markRedriven(record.id, 5_000, 'token')).toBe(false);
    store.endExecution(record.id, { status: 'FAILED', stopDateMs: 3_000, error: 'Boom', cause: 'it broke' });
    expect(store.markRedriven(record.id, 5_000, 'token')).toBe(true);
    expect(store.getExecution(record.arn)).toMatchObject({
      status: 'RUNNING',
      stopDateMs: null,
      error: null,
      cause: null,
      redriveCount: 1,
      redriveDateMs: 5_000,
    });
    expect(store.findRedriveDate(record.id, 'token', 4_000)).toBe(5_000);
    expect(store.findRedriveDate(record.id, 'token', 6_000)).toBeUndefined();
    expect(store.findRedriveDate(record.id, 'other', 0)).toBeUndefined();
    const names = (redriven?: boolean) => store.listExecutions(m.id, undefined, Number.MAX_SAFE_INTEGER, 10, redriven).map((e) => e.name);
    expect([names(), names(true), names(false)]).toEqual([['other', 'e'], ['e'], ['other']]);
  });

  it('refuses a second execution with the same ARN', () => {
    const store = openStore();
    const m = store.insertStateMachine(machine('M'));
    store.insertExecution(execution(m.id, 'e'), event(1, 'ExecutionStarted'));
    expect(() => store.insertExecution(execution(m.id, 'e'), event(1, 'ExecutionStarted'))).toThrow(/UNIQUE constraint failed/);
  });

  it('lists one machine’s executions newest first, before an id, optionally of one status', () => {
    const store = openStore();
    const m = store.insertStateMachine(machine('M'));
    const other = store.insertStateMachine(machine('Other'));
    const ids = ['e1', 'e2', 'e3', 'e4'].map((name) => store.insertExecution(execution(m.id, name), event(1, 'ExecutionStarted')).id);
    store.insertExecution(
      execution(other.id, 'x', { arn: 'arn:aws:states:us-east-1:123456789012:execution:Other:x' }),
      event(1, 'ExecutionStarted'),
    );
    store.endExecution(ids[1]!, { status: 'SUCCEEDED', stopDateMs: 3_000, output: '{}' });
    store.endExecution(ids[3]!, { status: 'FAILED', stopDateMs: 3_000, error: 'E', cause: 'C' });
    const names = (rows: Array<{ name: string }>) => rows.map((row) => row.name);
    expect(names(store.listExecutions(m.id, undefined, Number.MAX_SAFE_INTEGER, 10))).toEqual(['e4', 'e3', 'e2', 'e1']);
    expect(names(store.listExecutions(m.id, undefined, ids[2]!, 10))).toEqual(['e2', 'e1']);
    expect(names(store.listExecutions(m.id, undefined, Number.MAX_SAFE_INTEGER, 1))).toEqual(['e4']);
    expect(names(store.listExecutions(m.id, 'RUNNING', Number.MAX_SAFE_INTEGER, 10))).toEqual(['e3', 'e1']);
    expect(names(store.listExecutions(m.id, 'SUCCEEDED', Number.MAX_SAFE_INTEGER, 10))).toEqual(['e2']);
    expect(names(store.listExecutions(m.id, 'ABORTED', Number.MAX_SAFE_INTEGER, 10))).toEqual([]);
  });

  it('records the end of a RUNNING execution once; a second end changes nothing', () => {
    const store = openStore();
    const m = store.insertStateMachine(machine('M'));
    const record = store.insertExecution(execution(m.id, 'e'), event(1, 'ExecutionStarted'));
    expect(store.endExecution(record.id, { status: 'FAILED', stopDateMs: 3_000, error: 'Boom', cause: 'it broke' })).toBe(true);
    expect(store.endExecution(record.id, { status: 'SUCCEEDED', stopDateMs: 4_000, output: '{}' })).toBe(false);
    expect(store.getExecution(record.arn)).toMatchObject({
      status: 'FAILED',
      stopDateMs: 3_000,
      output: null,
      error: 'Boom',
      cause: 'it broke',
    });
  });

  it('lists the running executions of every machine, oldest first', () => {
    const store = openStore();
    const m = store.insertStateMachine(machine('M'));
    const first = store.insertExecution(execution(m.id, 'a'), event(1, 'ExecutionStarted'));
    const ended = store.insertExecution(execution(m.id, 'b'), event(1, 'ExecutionStarted'));
    const last = store.insertExecution(execution(m.id, 'c'), event(1, 'ExecutionStarted'));
    store.endExecution(ended.id, { status: 'ABORTED', stopDateMs: 3_000 });
    expect(store.listRunningExecutions().map((e) => e.id)).toEqual([first.id, last.id]);
  });
});

describe('EmulatorStore history events', () => {
  it('shows a write to its own reads at once and commits the whole turn in one transaction at its end', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'statescope-emulator-store-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const db = new Database(path.join(dir, 'db.sqlite'));
    db.pragma('journal_mode = WAL');
    applySchema(db);
    const store = new EmulatorStore(db);
    cleanups.push(() => store.close());
    const m = store.insertStateMachine(machine('M'));
    await store.whenCommitted();
    const record = store.insertExecution(execution(m.id, 'e'), event(1, 'ExecutionStarted'));
    store.queueEvent(record.id, event(2));
    // Another connection sees only committed data, as a restarted emulator would.
    const other = new Database(path.join(dir, 'db.sqlite'), { readonly: true });
    cleanups.push(() => other.close());
    const committed = () => other.prepare('SELECT count(*) AS n FROM history_events').get();
    expect(store.getLastEvent(record.id)).toEqual(event(2));
    expect(committed()).toEqual({ n: 0 });
    let acknowledged = false;
    const waiting = store.whenCommitted().then(() => {
      acknowledged = true;
    });
    expect(acknowledged).toBe(false);
    await waiting;
    expect(committed()).toEqual({ n: 2 });
    store.queueEvent(record.id, event(3));
    expect(store.getLastEvent(record.id)).toEqual(event(3));
    store.flush();
    expect(committed()).toEqual({ n: 3 });
    await expect(store.whenCommitted()).resolves.toBeUndefined();
  });

  it('keeps the first copy of an event id: a repeat is ignored', () => {
    const store = openStore();
    const m = store.insertStateMachine(machine('M'));
    const record = store.insertExecution(execution(m.id, 'e'), event(1, 'ExecutionStarted'));
    store.queueEvent(record.id, event(2, 'PassStateEntered', '{"a":1}'));
    store.queueEvent(record.id, event(2, 'PassStateExited', '{"b":2}'));
    expect(store.getEvents(record.id, 0, false, 10)).toEqual([event(1, 'ExecutionStarted'), event(2, 'PassStateEntered', '{"a":1}')]);
  });

  it('pages events ascending after an id and descending before one, and has no last event for an unknown execution', () => {
    const store = openStore();
    const m = store.insertStateMachine(machine('M'));
    const record = store.insertExecution(execution(m.id, 'e'), event(1, 'ExecutionStarted'));
    for (let id = 2; id <= 5; id++) store.queueEvent(record.id, event(id));
    const ids = (events: StoredEvent[]) => events.map((e) => e.id);
    expect(ids(store.getEvents(record.id, 0, false, 2))).toEqual([1, 2]);
    expect(ids(store.getEvents(record.id, 2, false, 10))).toEqual([3, 4, 5]);
    expect(ids(store.getEvents(record.id, Number.MAX_SAFE_INTEGER, true, 2))).toEqual([5, 4]);
    expect(ids(store.getEvents(record.id, 4, true, 10))).toEqual([3, 2, 1]);
    expect(store.getEvents(record.id, 5, false, 10)).toEqual([]);
    expect(store.getLastEvent(record.id + 1)).toBeUndefined();
  });

  it('drops events queued after close, and closes only once', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'statescope-emulator-store-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const db = new Database(path.join(dir, 'db.sqlite'));
    applySchema(db);
    const onClose = vi.fn();
    const store = new EmulatorStore(db, onClose);
    const m = store.insertStateMachine(machine('M'));
    const record = store.insertExecution(execution(m.id, 'e'), event(1, 'ExecutionStarted'));
    store.queueEvent(record.id, event(2));
    store.close();
    store.queueEvent(record.id, event(3));
    store.close();
    expect(onClose).toHaveBeenCalledTimes(1);
    const reader = new Database(path.join(dir, 'db.sqlite'), { readonly: true });
    // The event queued before close was written by close.
    expect(reader.prepare('SELECT id FROM history_events ORDER BY id').all()).toEqual([{ id: 1 }, { id: 2 }]);
    reader.close();
  });
});
