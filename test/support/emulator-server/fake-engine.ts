import type { EmulatorEngine } from '@/lib/emulator/server/emulator-engine';
import type { EmulatorHistoryEvent, ExecutionOutcome, RunExecutionOptions, TaskInvoker } from '@/lib/emulator/engine/types';

/**
 * A tiny stand-in for the real engine, so the server can be tested on its own: Pass (with an optional
 * test-only `LoopTimes` that re-enters the state), Wait (Seconds), Succeed and Fail. It honours the
 * abort signal like the real one: ExecutionAborted with the reason's error and cause.
 */
interface FakeState {
  Type: string;
  Next?: string;
  End?: boolean;
  Result?: unknown;
  Seconds?: number;
  Error?: string;
  Cause?: string;
  LoopTimes?: number;
}

interface FakeDefinition {
  StartAt: string;
  States: Record<string, FakeState>;
}

function parse(definition: string): FakeDefinition | string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(definition);
  } catch (error) {
    return (error as Error).message;
  }
  const candidate = parsed as Partial<FakeDefinition> | null;
  if (!candidate || typeof candidate.StartAt !== 'string' || !candidate.States || !(candidate.StartAt in candidate.States)) {
    return 'SCHEMA_VALIDATION_FAILED: StartAt must name a state in States';
  }
  return candidate as FakeDefinition;
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

async function runExecution(options: RunExecutionOptions): Promise<ExecutionOutcome> {
  const definition = parse(options.definition) as FakeDefinition;
  let id = 0;
  const emit = (type: string, details: Record<string, Record<string, unknown>> = {}, previous = id): void => {
    id += 1;
    const event = { id, previousEventId: previous, type, timestamp: new Date(), ...details } as EmulatorHistoryEvent;
    options.onEvent(event);
  };
  const aborted = (): ExecutionOutcome => {
    const reason = (options.signal.reason ?? {}) as { error?: string; cause?: string };
    emit('ExecutionAborted', { executionAbortedEventDetails: { error: reason.error, cause: reason.cause } });
    return { status: 'ABORTED', error: reason.error, cause: reason.cause, stopDate: new Date() };
  };
  emit('ExecutionStarted', {
    executionStartedEventDetails: { input: options.input, inputDetails: { truncated: false }, roleArn: options.roleArn },
  });
  let data = options.input;
  let name = definition.StartAt;
  const visits = new Map<string, number>();
  for (;;) {
    const state = definition.States[name]!;
    const prefix = state.Type;
    emit(
      `${prefix}StateEntered`,
      { stateEnteredEventDetails: { name, input: data, inputDetails: { truncated: false } } },
      id === 1 ? 0 : id,
    );
    if (state.Type === 'Fail') {
      emit('ExecutionFailed', { executionFailedEventDetails: { error: state.Error, cause: state.Cause } });
      return { status: 'FAILED', error: state.Error, cause: state.Cause, stopDate: new Date() };
    }
    if (state.Type === 'Wait') {
      await sleep((state.Seconds ?? 0) * 1000 * options.timeScale, options.signal);
    }
    if (options.signal.aborted) return aborted();
    if (state.Type === 'Pass' && state.Result !== undefined) data = JSON.stringify(state.Result);
    emit(`${prefix}StateExited`, { stateExitedEventDetails: { name, output: data, outputDetails: { truncated: false } } });
    const seen = (visits.get(name) ?? 0) + 1;
    visits.set(name, seen);
    if (state.LoopTimes && seen < state.LoopTimes) continue;
    if (state.Type === 'Succeed' || state.End || !state.Next) break;
    name = state.Next;
    // Yield now and then, as a real engine does between states.
    if (id % 50 === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  emit('ExecutionSucceeded', { executionSucceededEventDetails: { output: data, outputDetails: { truncated: false } } });
  return { status: 'SUCCEEDED', output: data, stopDate: new Date() };
}

export const fakeEngine: EmulatorEngine = {
  runExecution,
  validateDefinition(definition) {
    const parsed = parse(definition);
    return typeof parsed === 'string' ? { ok: false, message: parsed } : { ok: true };
  },
};

export const noTasks: TaskInvoker = {
  invoke() {
    return Promise.reject(new Error('the fake engine runs no tasks'));
  },
};
