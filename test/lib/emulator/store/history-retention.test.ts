import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { applySchema } from '@/lib/emulator/store/apply-schema';
import { EmulatorStore } from '@/lib/emulator/store/emulator-store';
import { DAY_MS, resolveHistoryRetentionMs, startHistoryRetention } from '@/lib/emulator/store/history-retention';
import type { NewExecution } from '@/lib/emulator/store/store-types';

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function openStore(): EmulatorStore {
  const db = new Database(':memory:');
  applySchema(db);
  const store = new EmulatorStore(db);
  cleanups.push(() => store.close());
  return store;
}

function seed(store: EmulatorStore) {
  const machine = store.insertStateMachine({
    arn: 'arn:aws:states:us-east-1:123456789012:stateMachine:M',
    name: 'M',
    type: 'STANDARD',
    creationDateMs: 0,
    revision: {
      revisionId: 'r',
      definition: '{}',
      roleArn: 'arn:aws:iam::123456789012:role/R',
      loggingConfiguration: '{}',
      tracingConfiguration: '{}',
      description: null,
      updateDateMs: 0,
    },
  });
  const add = (name: string, startMs: number, stopMs: number | undefined, type: NewExecution['type'] = 'STANDARD') => {
    const arn = `arn:aws:states:us-east-1:123456789012:execution:M:${name}`;
    const record = store.insertExecution(
      { arn, stateMachineId: machine.id, revision: 1, name, type, startDateMs: startMs, input: '{}' },
      { id: 1, previousEventId: 0, type: 'ExecutionStarted', timestampMs: startMs, details: '{}' },
    );
    if (stopMs !== undefined) store.endExecution(record.id, { status: 'SUCCEEDED', stopDateMs: stopMs, output: '{}' });
    return record;
  };
  return { add };
}

describe('EmulatorStore.deleteClosedBefore', () => {
  it('deletes closed Standard executions stopped before the cutoff with their events, keeps running, newer and Express ones', () => {
    const store = openStore();
    const { add } = seed(store);
    const old = add('old', 1_000, 2_000);
    add('recent', 1_000, 9_000);
    add('running', 500, undefined);
    add('express', 1_000, 2_000, 'EXPRESS');
    expect(store.deleteClosedBefore(5_000)).toBe(1);
    expect(store.getExecution(old.arn)).toBeUndefined();
    expect(store.getEvents(old.id, 0, false, 10)).toEqual([]);
    expect(
      ['recent', 'running', 'express'].map((n) => store.getExecution(`arn:aws:states:us-east-1:123456789012:execution:M:${n}`)?.name),
    ).toEqual(['recent', 'running', 'express']);
    expect(store.deleteClosedBefore(5_000)).toBe(0);
  });
});

describe('startHistoryRetention', () => {
  it('sweeps at start against the clock it is given, and again on demand', () => {
    const store = openStore();
    const { add } = seed(store);
    add('a', 0, 1_000);
    add('b', 0, 3_000);
    let now = 2_500;
    const retention = startHistoryRetention(store, 1_000, () => now);
    cleanups.unshift(() => retention.stop());
    expect(store.getExecution('arn:aws:states:us-east-1:123456789012:execution:M:a')).toBeUndefined();
    now = 10_000;
    expect(retention.sweep()).toBe(1);
  });
});

describe('resolveHistoryRetentionMs', () => {
  it('reads days, prefers milliseconds, keeps everything without either, and refuses nonsense', () => {
    expect(resolveHistoryRetentionMs({})).toBeUndefined();
    expect(resolveHistoryRetentionMs({ historyRetentionDays: 90 })).toBe(90 * DAY_MS);
    expect(resolveHistoryRetentionMs({ historyRetentionDays: 90, historyRetentionMs: 5 })).toBe(5);
    expect(() => resolveHistoryRetentionMs({ historyRetentionDays: 0 })).toThrow(
      'historyRetentionDays must be a number of days above 0, got 0',
    );
    expect(() => resolveHistoryRetentionMs({ historyRetentionMs: Number.NaN })).toThrow(
      'historyRetentionMs must be a number of at least 0',
    );
  });
});
