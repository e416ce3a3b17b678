import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ClientRateLimiter } from '@/lib/aws/client-rate-limiter';
import { createCostSfnCaller, DEFAULT_RETRY_POLICY, sharedRateLimiter, type CostSfnCallerOptions } from '@/lib/aws/cost-sfn-caller';
import { DataSourceError } from '@/lib/aws/errors';
import { DUMMY_CREDENTIALS, setAwsEnv } from '../../support/aws/aws-env';
import { awsError } from '../../support/aws-fakes/fake-aws-clients';

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

/** A caller with a recording limiter, a fixed random factor and a sleep that only records its delays. */
function setUp(options: Partial<CostSfnCallerOptions> = {}) {
  cleanups.push(setAwsEnv({ AWS_ENDPOINT_URL: 'http://127.0.0.1:4599', ...DUMMY_CREDENTIALS }));
  const limiter = { take: vi.fn(async () => {}), penalize: vi.fn() };
  const delays: number[] = [];
  const caller = createCostSfnCaller({
    region: 'eu-west-1',
    limiter: limiter as unknown as ClientRateLimiter,
    random: () => 0.5,
    sleep: async (ms) => {
      delays.push(ms);
    },
    ...options,
  });
  cleanups.push(() => caller.close());
  return { caller, limiter, delays };
}

/** A call that fails with the given errors in turn, then answers `result`. */
function failingThen<T>(errors: unknown[], result: T) {
  let attempt = 0;
  return vi.fn(async () => {
    const error = errors[attempt++];
    if (error !== undefined) throw error;
    return result;
  });
}

describe('createCostSfnCaller', () => {
  it('takes a token for the action, sends once and counts the call', async () => {
    const { caller, limiter } = setUp();
    expect(await caller.send('DescribeExecution', 'arn:x', async () => 'answer')).toBe('answer');
    expect(limiter.take).toHaveBeenCalledWith('DescribeExecution');
    expect(caller.stats).toEqual({ calls: 1, throttled: 0, throttledSurfaced: 0, byAction: { DescribeExecution: 1 } });
    expect(caller.region).toBe('eu-west-1');
  });

  it('retries a throttled call after emptying the shared bucket, backing off exponentially with jitter', async () => {
    const { caller, limiter, delays } = setUp();
    const call = failingThen([awsError('ThrottlingException'), awsError('ThrottlingException'), awsError('ThrottlingException')], 'ok');
    expect(await caller.send('GetExecutionHistory', 'arn:x', call)).toBe('ok');
    // 0.5 × 100 ms × 2^(attempt − 1)
    expect(delays).toEqual([50, 100, 200]);
    expect(limiter.penalize).toHaveBeenCalledTimes(3);
    expect(limiter.penalize).toHaveBeenCalledWith('GetExecutionHistory');
    expect(limiter.take).toHaveBeenCalledTimes(4);
    expect(caller.stats).toEqual({ calls: 4, throttled: 3, throttledSurfaced: 0, byAction: { GetExecutionHistory: 4 } });
  });

  it('caps the back-off at maxDelayMs', async () => {
    const { caller, delays } = setUp({ retry: { baseDelayMs: 100, maxDelayMs: 250 } });
    const throttle = () => awsError('ThrottlingException');
    await caller.send('ListExecutions', undefined, failingThen([throttle(), throttle(), throttle(), throttle()], 'ok'));
    expect(delays).toEqual([50, 100, 125, 125]);
  });

  it('gives up after maxAttempts and surfaces the throttle as a DataSourceError of the caller’s region', async () => {
    const { caller, delays } = setUp({ retry: { maxAttempts: 3 } });
    const error = await caller
      .send('ListExecutions', 'arn:m', async () => {
        throw awsError('ThrottlingException');
      })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DataSourceError);
    expect(error).toMatchObject({
      kind: 'throttled',
      message: 'Step Functions at http://127.0.0.1:4599 is throttling requests in eu-west-1, even after retrying with back-off.',
    });
    expect(delays).toHaveLength(2);
    expect(caller.stats).toMatchObject({ calls: 3, throttled: 3, throttledSurfaced: 1 });
  });

  it('maps any other AWS error at once, without retrying', async () => {
    const { caller, delays } = setUp();
    await expect(
      caller.send('DescribeExecution', 'arn:aws:states:eu-west-1:123456789012:execution:M:e', async () => {
        throw awsError('ExecutionDoesNotExist');
      }),
    ).rejects.toMatchObject({
      kind: 'not-found',
      message: 'arn:aws:states:eu-west-1:123456789012:execution:M:e was not found in eu-west-1.',
    });
    expect(delays).toEqual([]);
    expect(caller.stats.calls).toBe(1);
  });

  it('rethrows an error it does not recognise unchanged', async () => {
    const { caller } = setUp();
    const bug = new TypeError('bug');
    await expect(
      caller.send('DescribeExecution', undefined, async () => {
        throw bug;
      }),
    ).rejects.toBe(bug);
  });

  it('uses the default policy of 10 attempts from 100 ms up to 10 s', () => {
    expect(DEFAULT_RETRY_POLICY).toEqual({ maxAttempts: 10, baseDelayMs: 100, maxDelayMs: 10_000 });
  });
});

describe('CostSfnCaller.endpoint', () => {
  it('is the configured endpoint when there is one', async () => {
    const { caller } = setUp();
    expect(await caller.endpoint()).toBe('http://127.0.0.1:4599');
  });

  it('is the regional AWS endpoint otherwise', async () => {
    cleanups.push(setAwsEnv({ ...DUMMY_CREDENTIALS }));
    const caller = createCostSfnCaller({ region: 'eu-west-1' });
    cleanups.push(() => caller.close());
    expect(await caller.endpoint()).toBe('https://states.eu-west-1.amazonaws.com');
  });
});

describe('sharedRateLimiter', () => {
  it('gives one limiter per region for the whole process', () => {
    expect(sharedRateLimiter('ap-south-1')).toBe(sharedRateLimiter('ap-south-1'));
    expect(sharedRateLimiter('ap-south-1')).not.toBe(sharedRateLimiter('ap-south-2'));
  });
});
