import { describe, expect, it } from 'vitest';
import { awsReadQuotas, ClientRateLimiter } from '@/lib/aws/client-rate-limiter';

function fakeClock() {
  let now = 0;
  const sleeps: number[] = [];
  return {
    nowMs: () => now,
    advance: (ms: number) => (now += ms),
    sleeps,
    sleep: (ms: number) => {
      sleeps.push(ms);
      return Promise.resolve();
    },
  };
}

describe('ClientRateLimiter', () => {
  it('lets the burst through at once, then spaces callers by the refill rate', async () => {
    const clock = fakeClock();
    const limiter = new ClientRateLimiter({ GetExecutionHistory: { burst: 3, ratePerSecond: 10 } }, clock.nowMs, clock.sleep);
    await Promise.all(Array.from({ length: 5 }, () => limiter.take('GetExecutionHistory')));
    expect(clock.sleeps).toEqual([100, 200]);
    clock.advance(1_000);
    await limiter.take('GetExecutionHistory');
    expect(clock.sleeps).toEqual([100, 200]);
  });

  it('empties the bucket after a throttle so every caller waits, and never limits an action without a quota', async () => {
    const clock = fakeClock();
    const limiter = new ClientRateLimiter({ ListExecutions: { burst: 100, ratePerSecond: 2 } }, clock.nowMs, clock.sleep);
    limiter.penalize('ListExecutions');
    await limiter.take('ListExecutions');
    expect(clock.sleeps).toEqual([500]);
    await limiter.take('DescribeExecution');
    expect(clock.sleeps).toEqual([500]);
  });

  it("uses AWS's published buckets: 400/20 for GetExecutionHistory everywhere, ListExecutions by region", () => {
    expect(awsReadQuotas('eu-west-1')).toMatchObject({
      GetExecutionHistory: { burst: 400, ratePerSecond: 20 },
      ListExecutions: { burst: 200, ratePerSecond: 5 },
    });
    expect(awsReadQuotas('ap-south-1')).toMatchObject({
      GetExecutionHistory: { burst: 400, ratePerSecond: 20 },
      ListExecutions: { burst: 100, ratePerSecond: 2 },
    });
  });
});
