import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_TIMER_MS, startLongTimer } from '@/lib/emulator/engine/long-timer';

const DAY_MS = 24 * 60 * 60 * 1000;

describe('startLongTimer', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('fires after 40 days (an execution TimeoutSeconds of 3,456,000), never arming a timer past the overflow', async () => {
    const timers = vi.spyOn(globalThis, 'setTimeout');
    const fired = vi.fn();
    startLongTimer(40 * DAY_MS, fired);
    await vi.advanceTimersByTimeAsync(40 * DAY_MS - 1);
    expect(fired).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(fired).toHaveBeenCalledTimes(1);
    expect(timers.mock.calls.every((call) => Number(call[1] ?? 0) <= MAX_TIMER_MS)).toBe(true);
  });

  it('fires a short delay once, on time', async () => {
    const fired = vi.fn();
    startLongTimer(250, fired);
    await vi.advanceTimersByTimeAsync(249);
    expect(fired).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1000);
    expect(fired).toHaveBeenCalledTimes(1);
  });

  it('never fires once cancelled, even between the chained timers', async () => {
    const fired = vi.fn();
    const cancel = startLongTimer(30 * DAY_MS, fired);
    await vi.advanceTimersByTimeAsync(MAX_TIMER_MS + 10);
    cancel();
    await vi.advanceTimersByTimeAsync(30 * DAY_MS);
    expect(fired).not.toHaveBeenCalled();
  });
});
