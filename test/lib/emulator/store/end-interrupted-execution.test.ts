import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { endInterruptedExecutions, INTERRUPTED_CAUSE } from '@/lib/emulator/store/end-interrupted-execution';
import { DATABASE_FILE_NAME, openEmulatorStore } from '@/lib/emulator/store/open-emulator-store';
import type { NewStateMachine } from '@/lib/emulator/store/store-types';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function freshDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'statescope-store-'));
  dirs.push(dir);
  return dir;
}

const MACHINE: NewStateMachine = {
  arn: 'arn:aws:states:us-east-1:123456789012:stateMachine:M',
  name: 'M',
  type: 'STANDARD',
  creationDateMs: 1_000,
  revision: {
    revisionId: 'r1',
    definition: '{}',
    roleArn: 'arn:aws:iam::123456789012:role/R',
    loggingConfiguration: '{}',
    tracingConfiguration: '{}',
    description: null,
    updateDateMs: 1_000,
  },
};

/** A store holding one RUNNING execution with `events` already written, as a crashed process leaves it. */
function crashedStore(dir: string, events: Array<{ type: string; details?: object }>): number {
  const store = openEmulatorStore(dir);
  const machine = store.insertStateMachine(MACHINE);
  const stored = events.map((event, index) => ({
    id: index + 1,
    previousEventId: index,
    type: event.type,
    timestampMs: 2_000 + index * 10,
    details: JSON.stringify(event.details ?? {}),
  }));
  const execution = store.insertExecution(
    {
      arn: 'arn:aws:states:us-east-1:123456789012:execution:M:e',
      stateMachineId: machine.id,
      revision: 1,
      name: 'e',
      type: 'STANDARD',
      startDateMs: 2_000,
      input: '{}',
    },
    stored[0]!,
  );
  for (const event of stored.slice(1)) store.queueEvent(execution.id, event);
  store.close();
  return execution.id;
}

describe('endInterruptedExecutions', () => {
  it('appends ExecutionFailed (States.Runtime) after the last event and stops at that event', () => {
    const dir = freshDir();
    const id = crashedStore(dir, [
      { type: 'ExecutionStarted' },
      { type: 'WaitStateEntered', details: { stateEnteredEventDetails: { name: 'W' } } },
    ]);
    const store = openEmulatorStore(dir);
    expect(endInterruptedExecutions(store)).toBe(1);
    const execution = store.getExecution('arn:aws:states:us-east-1:123456789012:execution:M:e')!;
    expect(execution).toMatchObject({ status: 'FAILED', error: 'States.Runtime', cause: INTERRUPTED_CAUSE, stopDateMs: 2_010 });
    const events = store.getEvents(id, 0, false, 10);
    expect(events.map((e) => e.type)).toEqual(['ExecutionStarted', 'WaitStateEntered', 'ExecutionFailed']);
    expect(events[2]).toMatchObject({ id: 3, previousEventId: 2, timestampMs: 2_010 });
    expect(JSON.parse(events[2]!.details)).toEqual({
      executionFailedEventDetails: { error: 'States.Runtime', cause: INTERRUPTED_CAUSE },
    });
    expect(endInterruptedExecutions(store)).toBe(0);
    store.close();
  });

  it('takes the recorded end when the terminal event was written but the status was not', () => {
    const dir = freshDir();
    const id = crashedStore(dir, [
      { type: 'ExecutionStarted' },
      { type: 'ExecutionSucceeded', details: { executionSucceededEventDetails: { output: '{"ok":true}' } } },
    ]);
    const store = openEmulatorStore(dir);
    endInterruptedExecutions(store);
    expect(store.getExecution('arn:aws:states:us-east-1:123456789012:execution:M:e')).toMatchObject({
      status: 'SUCCEEDED',
      output: '{"ok":true}',
      stopDateMs: 2_010,
    });
    expect(store.getEvents(id, 0, false, 10)).toHaveLength(2);
    store.close();
  });
});

describe('EmulatorStore', () => {
  it('writes queued events in one batch and pages them in both directions', () => {
    const dir = freshDir();
    const id = crashedStore(
      dir,
      Array.from({ length: 2_500 }, () => ({ type: 'PassStateEntered' })),
    );
    const store = openEmulatorStore(dir);
    expect(store.getEvents(id, 0, false, 3).map((e) => e.id)).toEqual([1, 2, 3]);
    expect(store.getEvents(id, 1_000, false, 2).map((e) => e.id)).toEqual([1_001, 1_002]);
    expect(store.getEvents(id, Number.MAX_SAFE_INTEGER, true, 2).map((e) => e.id)).toEqual([2_500, 2_499]);
    expect(store.getLastEvent(id)?.id).toBe(2_500);
    store.close();
  });

  it('writes an execution and its first event in one transaction, committed with the turn', async () => {
    const dir = freshDir();
    const store = openEmulatorStore(dir);
    const machine = store.insertStateMachine(MACHINE);
    const execution = store.insertExecution(
      {
        arn: 'arn:aws:states:us-east-1:123456789012:execution:M:e',
        stateMachineId: machine.id,
        revision: 1,
        name: 'e',
        type: 'STANDARD',
        startDateMs: 2_000,
        input: '{}',
      },
      { id: 1, previousEventId: 0, type: 'ExecutionStarted', timestampMs: 2_000, details: '{}' },
    );
    // Another connection sees neither row until the turn's transaction commits, then both.
    const reader = new Database(path.join(dir, DATABASE_FILE_NAME), { readonly: true });
    try {
      expect(reader.prepare('SELECT count(*) AS n FROM executions').get()).toEqual({ n: 0 });
      expect(reader.prepare('SELECT count(*) AS n FROM history_events').get()).toEqual({ n: 0 });
      await store.whenCommitted();
      expect(reader.prepare('SELECT status FROM executions WHERE id = ?').get(execution.id)).toEqual({ status: 'RUNNING' });
      expect(reader.prepare('SELECT id, type FROM history_events WHERE execution_id = ?').all(execution.id)).toEqual([
        { id: 1, type: 'ExecutionStarted' },
      ]);
    } finally {
      reader.close();
      store.close();
    }
  });

  it('leaves no execution behind when its first event cannot be written', () => {
    const store = openEmulatorStore(freshDir());
    const machine = store.insertStateMachine(MACHINE);
    const arn = 'arn:aws:states:us-east-1:123456789012:execution:M:e';
    const unbindable = { id: 1, previousEventId: 0, type: 'ExecutionStarted', timestampMs: 2_000, details: {} as unknown as string };
    expect(() =>
      store.insertExecution(
        { arn, stateMachineId: machine.id, revision: 1, name: 'e', type: 'STANDARD', startDateMs: 2_000, input: '{}' },
        unbindable,
      ),
    ).toThrow();
    expect(store.getExecution(arn)).toBeUndefined();
    store.close();
  });

  it('uses WAL journaling', () => {
    const store = openEmulatorStore(freshDir());
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    store.close();
  });
});
