import { describe, expect, it } from 'vitest';
import { createConcurrencyLimiter, mapWithConcurrency } from '@/lib/execution-list/create-concurrency-limiter';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('createConcurrencyLimiter', () => {
  it('never runs more than the limit at once, even with callers arriving while slots are handed over', async () => {
    const run = createConcurrencyLimiter(3);
    let inFlight = 0;
    let highest = 0;
    const task = async (value: number) => {
      inFlight += 1;
      highest = Math.max(highest, inFlight);
      await tick();
      inFlight -= 1;
      return value;
    };
    const first = Array.from({ length: 10 }, (_, index) => run(() => task(index)));
    await tick();
    const late = Array.from({ length: 10 }, (_, index) => run(() => task(10 + index)));
    expect(await Promise.all([...first, ...late])).toEqual(Array.from({ length: 20 }, (_, index) => index));
    expect(highest).toBe(3);
  });

  it('frees the slot of a task that throws', async () => {
    const run = createConcurrencyLimiter(1);
    await expect(run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await run(async () => 'next')).toBe('next');
  });

  it('rejects a limit below one', () => {
    expect(() => createConcurrencyLimiter(0)).toThrow('positive integer, got 0');
  });
});

describe('mapWithConcurrency', () => {
  it('keeps the input order', async () => {
    const result = await mapWithConcurrency([30, 10, 20], 2, async (delay, index) => {
      await new Promise((resolve) => setTimeout(resolve, delay));
      return `${index}:${delay}`;
    });
    expect(result).toEqual(['0:30', '1:10', '2:20']);
  });
});
