import { describe, expect, it } from 'vitest';
import { forEachConcurrently } from '@/lib/services/execution-index/execution-reader';

describe('forEachConcurrently', () => {
  it('works on every item, never more than `concurrency` at once', async () => {
    let active = 0;
    let peak = 0;
    const done: number[] = [];
    await forEachConcurrently([1, 2, 3, 4, 5, 6, 7], 3, async (n) => {
      active += 1;
      peak = Math.max(peak, active);
      await new Promise((resolve) => setImmediate(resolve));
      done.push(n);
      active -= 1;
    });
    expect(done.sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(peak).toBe(3);
  });

  it('does nothing on no items and passes a failure on', async () => {
    await forEachConcurrently([], 4, () => Promise.reject(new Error('never')));
    await expect(forEachConcurrently([1], 4, () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
  });
});
