import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ExecutionLogWriter } from '@/lib/emulator/logs/execution-log-writer';
import { logInterruptedEnd } from '@/lib/emulator/logs/log-interrupted-end';
import { applySchema } from '@/lib/emulator/store/apply-schema';
import { EmulatorStore } from '@/lib/emulator/store/emulator-store';
import { endInterruptedExecution } from '@/lib/emulator/store/end-interrupted-execution';
import type { ExecutionRecord } from '@/lib/emulator/store/store-types';

const stores: EmulatorStore[] = [];
afterEach(() => {
  for (const store of stores.splice(0)) store.close();
});

function runningExecution(): { store: EmulatorStore; execution: ExecutionRecord } {
  const db = new Database(':memory:');
  applySchema(db);
  const store = new EmulatorStore(db);
  stores.push(store);
  const machine = store.insertStateMachine({
    arn: 'arn:aws:states:us-east-1:123456789012:stateMachine:M',
    name: 'M',
    type: 'EXPRESS',
    creationDateMs: 0,
    revision: {
      revisionId: 'r',
      definition: '{}',
      roleArn: 'arn:aws:iam::123456789012:role/R',
      loggingConfiguration: '{"level":"ALL"}',
      tracingConfiguration: '{}',
      description: null,
      updateDateMs: 0,
    },
  });
  const execution = store.insertExecution(
    {
      arn: 'arn:aws:states:us-east-1:123456789012:express:M:e:u',
      stateMachineId: machine.id,
      revision: 1,
      name: 'e',
      type: 'EXPRESS',
      startDateMs: 100,
      input: '{}',
    },
    { id: 1, previousEventId: 0, type: 'ExecutionStarted', timestampMs: 100, details: '{}' },
  );
  return { store, execution };
}

const spyWriter = () => ({ write: vi.fn() });

describe('logInterruptedEnd', () => {
  it('delivers the ExecutionFailed that ended an interrupted execution, with the revision it ran', () => {
    const { store, execution } = runningExecution();
    endInterruptedExecution(store, execution, 500);
    const writer = spyWriter();
    logInterruptedEnd(store, writer as unknown as ExecutionLogWriter, execution);
    expect(writer.write).toHaveBeenCalledTimes(1);
    const [sentExecution, sentRevision, sentEvent] = writer.write.mock.calls[0]!;
    expect(sentExecution).toBe(execution);
    expect(sentRevision).toMatchObject({ revision: 1, loggingConfiguration: '{"level":"ALL"}' });
    expect(sentEvent).toMatchObject({ id: 2, previousEventId: 1, type: 'ExecutionFailed', timestampMs: 500 });
  });

  it('delivers nothing when the last event is not ExecutionFailed (the execution ended on its own)', () => {
    const { store, execution } = runningExecution();
    store.queueEvent(execution.id, { id: 2, previousEventId: 1, type: 'ExecutionSucceeded', timestampMs: 200, details: '{}' });
    const writer = spyWriter();
    logInterruptedEnd(store, writer as unknown as ExecutionLogWriter, execution);
    expect(writer.write).not.toHaveBeenCalled();
  });

  it('delivers nothing when the execution’s revision is not stored', () => {
    const { store, execution } = runningExecution();
    endInterruptedExecution(store, execution, 500);
    const writer = spyWriter();
    logInterruptedEnd(store, writer as unknown as ExecutionLogWriter, { ...execution, revision: 7 });
    expect(writer.write).not.toHaveBeenCalled();
  });
});
