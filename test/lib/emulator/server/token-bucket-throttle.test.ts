import { describe, expect, it } from 'vitest';
import { TokenBucketThrottle } from '@/lib/emulator/server/token-bucket-throttle';

function clock() {
  let now = 0;
  return { nowMs: () => now, advance: (ms: number) => (now += ms) };
}

const takes = (throttle: TokenBucketThrottle, action: string, times: number) =>
  Array.from({ length: times }, () => throttle.tryTake(action));

describe('TokenBucketThrottle', () => {
  it('never throttles an action without a bucket', () => {
    const throttle = new TokenBucketThrottle({ StartExecution: { bucket: 1, refillPerSecond: 1 } });
    expect(takes(throttle, 'ListExecutions', 500).every(Boolean)).toBe(true);
  });

  it('lets a full bucket’s worth through, then refuses until it refills', () => {
    const time = clock();
    const throttle = new TokenBucketThrottle({ StartExecution: { bucket: 3, refillPerSecond: 2 } }, time.nowMs);
    expect(takes(throttle, 'StartExecution', 4)).toEqual([true, true, true, false]);
    time.advance(499);
    expect(throttle.tryTake('StartExecution')).toBe(false);
    time.advance(1);
    expect(throttle.tryTake('StartExecution')).toBe(true);
    expect(throttle.tryTake('StartExecution')).toBe(false);
  });

  it('refills no higher than the bucket size', () => {
    const time = clock();
    const throttle = new TokenBucketThrottle({ DescribeExecution: { bucket: 2, refillPerSecond: 100 } }, time.nowMs);
    takes(throttle, 'DescribeExecution', 2);
    time.advance(60_000);
    expect(takes(throttle, 'DescribeExecution', 3)).toEqual([true, true, false]);
  });

  it('gives every action without its own entry a separate "*" bucket, and an own entry wins over "*"', () => {
    const time = clock();
    const throttle = new TokenBucketThrottle(
      { '*': { bucket: 1, refillPerSecond: 1 }, ListExecutions: { bucket: 2, refillPerSecond: 1 } },
      time.nowMs,
    );
    expect(takes(throttle, 'DescribeExecution', 2)).toEqual([true, false]);
    expect(takes(throttle, 'GetExecutionHistory', 2)).toEqual([true, false]);
    expect(takes(throttle, 'ListExecutions', 3)).toEqual([true, true, false]);
  });
});
