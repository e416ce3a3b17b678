import { afterEach, describe, expect, it } from 'vitest';
import type { EmulatorHistoryEvent, RunExecutionOptions } from '@/lib/emulator/engine/types';
import type { EmulatorEngine } from '@/lib/emulator/server/emulator-engine';
import { ExecutionRunner } from '@/lib/emulator/server/execution-runner';
import type { EmulatorStore } from '@/lib/emulator/store/emulator-store';
import { openEmulatorStore } from '@/lib/emulator/store/open-emulator-store';
import { noTasks } from '../../../support/emulator-server/fake-engine';
import { makeDataDir } from '../../../support/emulator-server/start-test-emulator';

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function setUp(runExecution: EmulatorEngine['runExecution']) {
  const data = makeDataDir();
  const store = openEmulatorStore(data.dir);
  cleanups.push(() => {
    store.close();
    data.remove();
  });
  const runner = new ExecutionRunner({
    store,
    engine: { runExecution, validateDefinition: () => ({ ok: true }) },
    invoker: noTasks,
    accountId: '123456789012',
    timeScale: 1,
  });
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
  const execution = runner.start(
    {
      arn: 'arn:aws:states:us-east-1:123456789012:execution:M:e',
      stateMachineId: machine.id,
      revision: 1,
      name: 'e',
      type: 'STANDARD',
      startDateMs: Date.now(),
      input: '{}',
    },
    machine.current,
    'us-east-1',
  );
  return { store, runner, execution };
}

function started(options: RunExecutionOptions): void {
  options.onEvent({ id: 1, previousEventId: 0, type: 'ExecutionStarted', timestamp: new Date() } as EmulatorHistoryEvent);
}

function types(store: EmulatorStore, executionId: number): string[] {
  return store.getEvents(executionId, 0, false, 100).map((e) => e.type);
}

describe('ExecutionRunner', () => {
  it('records an engine crash as ExecutionFailed with States.Runtime', async () => {
    const { store, runner, execution } = setUp(async (options) => {
      started(options);
      throw new Error('kaboom');
    });
    await runner.whenIdle();
    expect(store.getExecution(execution.arn)).toMatchObject({
      status: 'FAILED',
      error: 'States.Runtime',
      cause: "The emulator's engine failed: kaboom",
    });
    expect(types(store, execution.id)).toEqual(['ExecutionStarted', 'ExecutionFailed']);
  });

  it('stores ExecutionStarted with the execution, and ends an engine that failed before reporting anything after it', async () => {
    const { store, runner, execution } = setUp(() => Promise.reject(new Error('no start')));
    expect(types(store, execution.id)).toEqual(['ExecutionStarted']);
    await runner.whenIdle();
    const events = store.getEvents(execution.id, 0, false, 10);
    expect(events.map((e) => [e.id, e.previousEventId, e.type])).toEqual([
      [1, 0, 'ExecutionStarted'],
      [2, 1, 'ExecutionFailed'],
    ]);
    expect(JSON.parse(events[0]!.details)).toEqual({
      executionStartedEventDetails: { input: '{}', inputDetails: { truncated: false }, roleArn: 'arn:aws:iam::123456789012:role/R' },
    });
  });

  it('records the abort itself when the engine does not end after StopExecution', async () => {
    const { store, runner, execution } = setUp((options) => {
      started(options);
      return new Promise(() => {});
    });
    await runner.stop(execution.id, 'Stop', 'by test');
    expect(store.getExecution(execution.arn)).toMatchObject({ status: 'ABORTED', error: 'Stop', cause: 'by test' });
    expect(types(store, execution.id)).toEqual(['ExecutionStarted', 'ExecutionAborted']);
    expect(runner.runningCount).toBe(0);
  });

  it('ignores events the engine reports after the execution has ended', async () => {
    let late: (() => void) | undefined;
    const { store, runner, execution } = setUp(async (options) => {
      started(options);
      late = () => options.onEvent({ id: 9, previousEventId: 1, type: 'PassStateEntered', timestamp: new Date() } as EmulatorHistoryEvent);
      return { status: 'SUCCEEDED', output: '{}', stopDate: new Date() };
    });
    await runner.whenIdle();
    late!();
    expect(types(store, execution.id)).toEqual(['ExecutionStarted', 'ExecutionSucceeded']);
    expect(store.getExecution(execution.arn)).toMatchObject({ status: 'SUCCEEDED', output: '{}' });
  });
});
