import { describe, expect, it } from 'vitest';
import { TokenBuckets, type BucketLimit } from '@/lib/rate-limit/token-bucket';

/** Steps run against one bucket `a` (capacity 3, 10 a second) and one unlimited key `free`, on a fake clock. */
type Step =
  | { at: number; tryTake: string; expect: boolean }
  | { at: number; reserve: string; expect: number }
  | { at: number; drain: string }
  | { at: number; tokens: string; expect: number | undefined };

const LIMITS: Record<string, BucketLimit> = { a: { capacity: 3, refillPerSecond: 10 } };

function run(steps: Step[]): void {
  let now = 0;
  const buckets = new TokenBuckets(
    (key) => LIMITS[key],
    () => now,
  );
  for (const step of steps) {
    now = step.at;
    if ('tryTake' in step) expect(buckets.tryTake(step.tryTake), JSON.stringify(step)).toBe(step.expect);
    else if ('reserve' in step) expect(buckets.reserve(step.reserve), JSON.stringify(step)).toBe(step.expect);
    else if ('drain' in step) buckets.drain(step.drain);
    else if (step.expect === undefined) expect(buckets.tokens(step.tokens), JSON.stringify(step)).toBeUndefined();
    else expect(buckets.tokens(step.tokens), JSON.stringify(step)).toBeCloseTo(step.expect);
  }
}

describe('TokenBuckets', () => {
  it.each<{ name: string; steps: Step[] }>([
    {
      name: 'tryTake: the burst goes through, then the bucket refuses until a whole token refilled',
      steps: [
        { at: 0, tryTake: 'a', expect: true },
        { at: 0, tryTake: 'a', expect: true },
        { at: 0, tryTake: 'a', expect: true },
        { at: 0, tryTake: 'a', expect: false },
        { at: 50, tryTake: 'a', expect: false },
        { at: 100, tryTake: 'a', expect: true },
        { at: 100, tokens: 'a', expect: 0 },
      ],
    },
    {
      name: 'tryTake: a refusal takes nothing, and refilling stops at capacity',
      steps: [
        { at: 0, tryTake: 'a', expect: true },
        { at: 0, tryTake: 'a', expect: true },
        { at: 0, tryTake: 'a', expect: true },
        { at: 0, tryTake: 'a', expect: false },
        { at: 0, tokens: 'a', expect: 0 },
        { at: 10_000, tokens: 'a', expect: 3 },
      ],
    },
    {
      name: 'reserve: free within the burst, then each caller waits its turn at the refill rate',
      steps: [
        { at: 0, reserve: 'a', expect: 0 },
        { at: 0, reserve: 'a', expect: 0 },
        { at: 0, reserve: 'a', expect: 0 },
        { at: 0, reserve: 'a', expect: 100 },
        { at: 0, reserve: 'a', expect: 200 },
        { at: 0, tokens: 'a', expect: -2 },
        { at: 300, tokens: 'a', expect: 1 },
      ],
    },
    {
      name: 'drain empties a full bucket but keeps a debt',
      steps: [
        { at: 0, drain: 'a' },
        { at: 0, reserve: 'a', expect: 100 },
        { at: 0, drain: 'a' },
        { at: 0, tokens: 'a', expect: -1 },
        { at: 0, tryTake: 'a', expect: false },
      ],
    },
    {
      name: 'a key without a limit is never limited and has no bucket',
      steps: [
        { at: 0, tryTake: 'free', expect: true },
        { at: 0, reserve: 'free', expect: 0 },
        { at: 0, drain: 'free' },
        { at: 0, tryTake: 'free', expect: true },
        { at: 0, tokens: 'free', expect: undefined },
      ],
    },
    {
      name: 'a bucket is created full at its first use, not at construction',
      steps: [
        { at: 5_000, tryTake: 'a', expect: true },
        { at: 5_000, tokens: 'a', expect: 2 },
      ],
    },
  ])('$name', ({ steps }) => run(steps));

  it('keeps one bucket per key, even when keys share a limit', () => {
    const buckets = new TokenBuckets(
      () => ({ capacity: 1, refillPerSecond: 1 }),
      () => 0,
    );
    expect(buckets.tryTake('ListExecutions')).toBe(true);
    expect(buckets.tryTake('ListExecutions')).toBe(false);
    expect(buckets.tryTake('DescribeExecution')).toBe(true);
  });
});
