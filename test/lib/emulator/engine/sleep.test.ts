import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ExecutionHalted } from '@/lib/emulator/engine/execution-errors';
import { MAX_TIMER_MS } from '@/lib/emulator/engine/long-timer';
import { sleep } from '@/lib/emulator/engine/sleep';

/** 'pending', 'resolved' or the rejection, after letting promise callbacks run. */
async function stateOf(promise: Promise<void>): Promise<unknown> {
  let state: unknown = 'pending';
  promise.then(
    () => {
      state = 'resolved';
    },
    (error: unknown) => {
      state = error;
    },
  );
  await vi.advanceTimersByTimeAsync(0);
  return state;
}

describe('sleep', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('resolves after the given milliseconds, not before', async () => {
    const done = sleep(1000, []);
    await vi.advanceTimersByTimeAsync(999);
    expect(await stateOf(done)).toBe('pending');
    await vi.advanceTimersByTimeAsync(1);
    expect(await stateOf(done)).toBe('resolved');
  });

  it('sleeps for 30 days, past the longest delay one Node timer keeps, without arming a timer that would overflow', async () => {
    const timers = vi.spyOn(globalThis, 'setTimeout');
    const month = 30 * 24 * 60 * 60 * 1000;
    const done = sleep(month, []);
    await vi.advanceTimersByTimeAsync(MAX_TIMER_MS + 1);
    expect(await stateOf(done)).toBe('pending');
    await vi.advanceTimersByTimeAsync(month - MAX_TIMER_MS - 2);
    expect(await stateOf(done)).toBe('pending');
    await vi.advanceTimersByTimeAsync(1);
    expect(await stateOf(done)).toBe('resolved');
    const delays = timers.mock.calls.map((call) => Number(call[1] ?? 0));
    expect(delays.length).toBeGreaterThan(1);
    expect(delays.every((delay) => delay <= MAX_TIMER_MS)).toBe(true);
    timers.mockRestore();
  });

  it('treats a negative wait as no wait', async () => {
    expect(await stateOf(sleep(-50, []))).toBe('resolved');
  });

  it('rejects at once with ExecutionHalted when a signal is already aborted', async () => {
    const aborted = new AbortController();
    aborted.abort();
    expect(await stateOf(sleep(1000, [new AbortController().signal, aborted.signal]))).toBeInstanceOf(ExecutionHalted);
  });

  it('rejects with ExecutionHalted as soon as any signal aborts', async () => {
    const first = new AbortController();
    const second = new AbortController();
    const done = sleep(60_000, [first.signal, second.signal]);
    await vi.advanceTimersByTimeAsync(10);
    second.abort();
    expect(await stateOf(done)).toBeInstanceOf(ExecutionHalted);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('ignores an abort after it has resolved', async () => {
    const controller = new AbortController();
    const done = sleep(5, [controller.signal]);
    await vi.advanceTimersByTimeAsync(5);
    controller.abort();
    expect(await stateOf(done)).toBe('resolved');
  });
});
