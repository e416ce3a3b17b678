import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StartExecutionCommand } from '@aws-sdk/client-sfn';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClientRateLimiter } from '@/lib/aws/client-rate-limiter';
import { createCostSfnCaller } from '@/lib/aws/cost-sfn-caller';
import { SqliteExecutionIndexStore } from '@/lib/execution-index/sqlite/sqlite-execution-index-store';
import { CountingHistoryCache } from '@/lib/services/execution-index/counting-history-cache';
import { reviewStateMachineCost } from '@/lib/services/review-state-machine-cost';
import { DUMMY_CREDENTIALS, setAwsEnv } from '../../support/aws/aws-env';
import {
  createMachine,
  LONG_WAIT,
  MAP_OF_PASS,
  startCostEmulator,
  startMapExecutions,
  type CostEmulator,
} from '../../support/cost/cost-emulator';

// Twelve executions over 0…11 items: Σ(1 + n) = 12 + 66 = 78 transitions.
const EXECUTIONS = 12;
const TRUE_TRANSITIONS = 78;
const noPacing = () => new ClientRateLimiter({});

describe('reviewStateMachineCost against the emulator', () => {
  let emulator: CostEmulator;
  let restore: () => void;
  let mapArn: string;
  let waitArn: string;
  let cacheDir: string;

  beforeAll(async () => {
    emulator = await startCostEmulator();
    mapArn = await createMachine(emulator.sfn, 'cost-map', MAP_OF_PASS);
    await startMapExecutions(emulator, mapArn, EXECUTIONS);
    waitArn = await createMachine(emulator.sfn, 'cost-wait', LONG_WAIT);
    await emulator.sfn.send(new StartExecutionCommand({ stateMachineArn: waitArn, name: 'still-waiting', input: '{}' }));
    restore = setAwsEnv({ ...DUMMY_CREDENTIALS, AWS_REGION: 'us-east-1', AWS_ENDPOINT_URL: emulator.url });
    cacheDir = mkdtempSync(join(tmpdir(), 'statescope-cost-cache-'));
  });
  afterAll(async () => {
    restore?.();
    await emulator?.close();
    rmSync(cacheDir, { recursive: true, force: true });
  });

  it('reads every history in exact mode and counts 78 transitions costing $0.00195', async () => {
    const { review, apiCalls } = await reviewStateMachineCost(mapArn, {
      caller: createCostSfnCaller({ region: 'us-east-1', limiter: noPacing() }),
    });
    expect(review.mode).toBe('exact');
    expect(review.executionCount).toBe(EXECUTIONS);
    expect(review.measuredCount).toBe(EXECUTIONS);
    expect(review.transitions).toEqual({ estimate: TRUE_TRANSITIONS, low: TRUE_TRANSITIONS, high: TRUE_TRANSITIONS });
    expect(review.costUsd.estimate).toBeCloseTo(0.00195, 12);
    expect(review.region).toBe('us-east-1');
    expect(review.states.map((row) => [row.state, row.transitions, row.bySource['map-iteration']])).toEqual([
      ['Touch', 66, 66],
      ['EachItem', 12, 0],
    ]);
    expect(review.topExecutions[0]).toMatchObject({ name: 'run-11', transitions: 12 });
    expect(review.days).toHaveLength(1);
    expect(review.days[0]).toMatchObject({ executions: EXECUTIONS, transitions: TRUE_TRANSITIONS });
    expect(apiCalls.byAction).toEqual({ DescribeStateMachine: 1, ListExecutions: 1, GetExecutionHistory: EXECUTIONS });
  });

  it('reads each finished history once: the second review makes no GetExecutionHistory call', async () => {
    const cache = new CountingHistoryCache(new SqliteExecutionIndexStore(join(cacheDir, 'a.db')));
    try {
      const cold = await reviewStateMachineCost(mapArn, {
        cache,
        caller: createCostSfnCaller({ region: 'us-east-1', limiter: noPacing() }),
      });
      expect(cold.apiCalls.byAction.GetExecutionHistory).toBe(EXECUTIONS);
      expect((await cache.store.stats()).histories).toBe(EXECUTIONS);
      const warm = await reviewStateMachineCost(mapArn, {
        cache,
        caller: createCostSfnCaller({ region: 'us-east-1', limiter: noPacing() }),
      });
      expect(warm.apiCalls.byAction.GetExecutionHistory).toBeUndefined();
      expect(warm.apiCalls.calls).toBe(2);
      expect(cache.stats.hits).toBe(EXECUTIONS);
      expect(warm.review.transitions.estimate).toBe(TRUE_TRANSITIONS);
    } finally {
      await cache.store.close();
    }
  });

  it('never caches a running execution: every review reads it again', async () => {
    const cache = new CountingHistoryCache(new SqliteExecutionIndexStore(join(cacheDir, 'b.db')));
    try {
      for (let round = 0; round < 2; round++) {
        const { review, apiCalls } = await reviewStateMachineCost(waitArn, {
          cache,
          caller: createCostSfnCaller({ region: 'us-east-1', limiter: noPacing() }),
        });
        expect(review.topExecutions[0]).toMatchObject({ name: 'still-waiting', status: 'RUNNING', transitions: 1 });
        expect(apiCalls.byAction.GetExecutionHistory).toBe(1);
      }
      expect((await cache.store.stats()).histories).toBe(0);
      expect(cache.stats.refused).toBe(2);
    } finally {
      await cache.store.close();
    }
  });

  it('samples beyond the exact limit and states an interval that holds the true total', async () => {
    const { review, apiCalls } = await reviewStateMachineCost(mapArn, {
      exactUpTo: 5,
      sampleSize: 8,
      seed: 42,
      caller: createCostSfnCaller({ region: 'us-east-1', limiter: noPacing() }),
    });
    expect(review.mode).toBe('sampled');
    expect(review.executionCount).toBe(EXECUTIONS);
    expect(review.measuredCount).toBe(8);
    expect(apiCalls.byAction.GetExecutionHistory).toBe(8);
    expect(review.transitions.low).toBeLessThanOrEqual(TRUE_TRANSITIONS);
    expect(review.transitions.high).toBeGreaterThanOrEqual(TRUE_TRANSITIONS);
    expect(review.transitions.high).toBeGreaterThan(review.transitions.low);
    expect(review.days[0]?.executions).toBe(EXECUTIONS);
  });

  it('reads half of a set no bigger than the sample when a sample is asked for', async () => {
    const { review } = await reviewStateMachineCost(mapArn, {
      mode: 'sampled',
      caller: createCostSfnCaller({ region: 'us-east-1', limiter: noPacing() }),
    });
    expect(review).toMatchObject({ mode: 'sampled', executionCount: EXECUTIONS, measuredCount: 6 });
    expect(review.executions).toHaveLength(6);
  });
});

describe('reviewStateMachineCost against an emulator that throttles', () => {
  let emulator: CostEmulator;
  let restore: () => void;
  let mapArn: string;

  beforeAll(async () => {
    emulator = await startCostEmulator({ GetExecutionHistory: { bucket: 3, refillPerSecond: 40 } });
    mapArn = await createMachine(emulator.sfn, 'cost-map', MAP_OF_PASS);
    await startMapExecutions(emulator, mapArn, 30);
    restore = setAwsEnv({ ...DUMMY_CREDENTIALS, AWS_REGION: 'us-east-1', AWS_ENDPOINT_URL: emulator.url });
  });
  afterAll(async () => {
    restore?.();
    await emulator?.close();
  });

  it('retries ThrottlingException with back-off and surfaces no error: 30 histories, 465 transitions', async () => {
    // No client-side pacing, so the emulator's bucket of 3 runs dry at once.
    const caller = createCostSfnCaller({ region: 'us-east-1', limiter: noPacing(), retry: { baseDelayMs: 20, maxAttempts: 30 } });
    const { review, apiCalls } = await reviewStateMachineCost(mapArn, { caller, concurrency: 8 });
    expect(review.transitions.estimate).toBe(30 + 435);
    expect(apiCalls.throttled).toBeGreaterThan(0);
    expect(apiCalls.throttledSurfaced).toBe(0);
    expect(apiCalls.byAction.GetExecutionHistory).toBe(30 + apiCalls.throttled);
  });

  it('paced at the quota by the client limiter, is rarely or never throttled', async () => {
    const caller = createCostSfnCaller({
      region: 'us-east-1',
      limiter: new ClientRateLimiter({ GetExecutionHistory: { burst: 3, ratePerSecond: 30 } }),
      retry: { baseDelayMs: 20 },
    });
    const { review, apiCalls } = await reviewStateMachineCost(mapArn, { caller, concurrency: 8 });
    expect(review.transitions.estimate).toBe(465);
    expect(apiCalls.throttledSurfaced).toBe(0);
    expect(apiCalls.throttled).toBeLessThanOrEqual(2);
  });
});
