import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ExecutionHalted } from '@/lib/emulator/engine/execution-errors';
import { invokeWithTimeout, type InvokeResult, type TaskTimeouts } from '@/lib/emulator/engine/invoke-with-timeout';
import type { TaskInvocation } from '@/lib/emulator/engine/types';
import { EXECUTION_ARN } from '../../../support/emulator-engine/run-definition';
import { makeFrame } from '../../../support/emulator-engine/state-frame';

const INVOCATION: Omit<TaskInvocation, 'signal'> = {
  resource: 'arn:aws:lambda:us-east-1:123456789012:function:fn',
  functionName: 'fn',
  payload: { n: 1 },
  stateName: 'S',
  executionArn: EXECUTION_ARN,
};

const never = () => new Promise<unknown>(() => undefined);

/** Starts an invocation and records how it settles. */
function start(invoke: (invocation: TaskInvocation) => Promise<unknown>, timeouts: TaskTimeouts = {}, timeScale = 1) {
  const harness = makeFrame({ type: 'Task', invoke, timeScale });
  const outcome: { value?: InvokeResult; error?: unknown; settled: boolean } = { settled: false };
  invokeWithTimeout(harness.frame, INVOCATION, timeouts).then(
    (value) => Object.assign(outcome, { value, settled: true }),
    (error: unknown) => Object.assign(outcome, { error, settled: true }),
  );
  return { ...harness, outcome };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('invokeWithTimeout: results', () => {
  it('hands the invocation and an abort signal to the invoker', async () => {
    const { invocations, outcome } = start(async () => 1);
    await vi.advanceTimersByTimeAsync(0);
    expect(invocations).toHaveLength(1);
    expect(invocations[0]).toMatchObject(INVOCATION);
    expect(invocations[0]?.signal.aborted).toBe(false);
    expect(outcome.value).toEqual({ kind: 'ok', value: 1 });
  });

  it.each<[string, unknown, unknown]>([
    ['undefined becomes null', undefined, null],
    ['undefined members are dropped', { a: 1, b: undefined }, { a: 1 }],
    ['a Date becomes its ISO text', { at: new Date('2024-01-02T03:04:05.000Z') }, { at: '2024-01-02T03:04:05.000Z' }],
    ['NaN becomes null', [Number.NaN], [null]],
  ])('normalises the value to JSON: %s', async (_why, returned, expected) => {
    const { outcome } = start(async () => returned);
    await vi.advanceTimersByTimeAsync(0);
    expect(outcome.value).toEqual({ kind: 'ok', value: expected });
  });

  it('reports a value JSON cannot hold as an error', async () => {
    const { outcome } = start(async () => ({ big: 10n }));
    await vi.advanceTimersByTimeAsync(0);
    expect(outcome.value?.kind).toBe('error');
    expect((outcome.value as { error: unknown }).error).toBeInstanceOf(TypeError);
  });

  it('reports what the invoker threw', async () => {
    const thrown = new Error('boom');
    const { outcome } = start(async () => {
      throw thrown;
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(outcome.value).toEqual({ kind: 'error', error: thrown });
  });
});

describe('invokeWithTimeout: timeouts', () => {
  it('times out after TimeoutSeconds, scaled by timeScale, and aborts the invocation', async () => {
    const { outcome, invocations } = start(never, { timeoutSeconds: 10 }, 0.5);
    await vi.advanceTimersByTimeAsync(4_999);
    expect(outcome.settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(outcome.value).toEqual({ kind: 'timeout', heartbeat: false });
    expect(invocations[0]?.signal.aborted).toBe(true);
  });

  it('treats HeartbeatSeconds as a second, earlier timeout', async () => {
    const { outcome } = start(never, { timeoutSeconds: 10, heartbeatSeconds: 3 });
    await vi.advanceTimersByTimeAsync(3_000);
    expect(outcome.value).toEqual({ kind: 'timeout', heartbeat: true });
  });

  it('reports TimeoutSeconds when it comes first', async () => {
    const { outcome } = start(never, { timeoutSeconds: 2, heartbeatSeconds: 5 });
    await vi.advanceTimersByTimeAsync(2_000);
    expect(outcome.value).toEqual({ kind: 'timeout', heartbeat: false });
  });

  it('reports a plain timeout when HeartbeatSeconds equals TimeoutSeconds', async () => {
    const { outcome } = start(never, { timeoutSeconds: 4, heartbeatSeconds: 4 });
    await vi.advanceTimersByTimeAsync(4_000);
    expect(outcome.value).toEqual({ kind: 'timeout', heartbeat: false });
  });

  it('waits as long as it takes without timeouts', async () => {
    const { outcome } = start(never);
    await vi.advanceTimersByTimeAsync(24 * 3_600_000);
    expect(outcome.settled).toBe(false);
  });

  it('keeps the first outcome: a result after the timeout is ignored, and no timer fires after a result', async () => {
    let finish: (value: unknown) => void = () => undefined;
    const late = start(() => new Promise((resolve) => (finish = resolve)), { timeoutSeconds: 1 });
    await vi.advanceTimersByTimeAsync(1_000);
    finish('too late');
    await vi.advanceTimersByTimeAsync(0);
    expect(late.outcome.value).toEqual({ kind: 'timeout', heartbeat: false });

    const early = start(async () => 'on time', { timeoutSeconds: 1, heartbeatSeconds: 2 });
    await vi.advanceTimersByTimeAsync(0);
    expect(vi.getTimerCount()).toBe(0);
    expect(early.outcome.value).toEqual({ kind: 'ok', value: 'on time' });
  });
});

describe('invokeWithTimeout: halts', () => {
  it('rejects with ExecutionHalted without invoking when the execution has already ended', async () => {
    const harness = makeFrame({ type: 'Task', invoke: async () => 1 });
    harness.halt.abort();
    await expect(invokeWithTimeout(harness.frame, INVOCATION, {})).rejects.toBeInstanceOf(ExecutionHalted);
    expect(harness.invocations).toHaveLength(0);
  });

  it('rejects with ExecutionHalted without invoking when the branch was already aborted', async () => {
    const harness = makeFrame({ type: 'Task', invoke: async () => 1 });
    harness.abort.abort();
    await expect(invokeWithTimeout(harness.frame, INVOCATION, {})).rejects.toBeInstanceOf(ExecutionHalted);
    expect(harness.invocations).toHaveLength(0);
  });

  it.each(['halt', 'abort'] as const)('rejects with ExecutionHalted and aborts the invocation on %s while it runs', async (which) => {
    const running = start(never, { timeoutSeconds: 10 });
    await vi.advanceTimersByTimeAsync(100);
    running[which].abort();
    await vi.advanceTimersByTimeAsync(0);
    expect(running.outcome.error).toBeInstanceOf(ExecutionHalted);
    expect(running.invocations[0]?.signal.aborted).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });
});
