import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DataSourceError } from '@/lib/aws/errors';
import type { StateMachineCostReview } from '@/lib/cost/build-cost-review';
import type { StateMachineSummary } from '@/lib/domain';
import { reviewAccountCost } from '@/lib/services/review-account-cost';
import type { CostReviewOptions, CostReviewResult } from '@/lib/services/review-state-machine-cost';

// The account review only sequences two calls: listing the state machines and reviewing each one.
// Both are replaced by fakes; what they do against AWS is tested in their own files.
const fakes = vi.hoisted(() => ({
  listStateMachines: vi.fn<() => Promise<StateMachineSummary[]>>(),
  reviewStateMachineCost: vi.fn<(arn: string, options: CostReviewOptions) => Promise<CostReviewResult>>(),
}));
vi.mock('@/lib/aws/list-state-machines', () => ({ listStateMachines: fakes.listStateMachines }));
vi.mock('@/lib/services/review-state-machine-cost', () => ({ reviewStateMachineCost: fakes.reviewStateMachineCost }));

const arn = (name: string) => `arn:aws:states:us-east-1:123456789012:stateMachine:${name}`;
const machine = (name: string, type: 'STANDARD' | 'EXPRESS' = 'STANDARD'): StateMachineSummary => ({
  arn: arn(name),
  name,
  type,
  createdAt: new Date('2026-01-01T00:00:00Z'),
});

function reviewOf(name: string, transitions: number, costUsd: number, executionCount: number): StateMachineCostReview {
  const exactly = (value: number) => ({ estimate: value, low: value, high: value });
  return {
    stateMachine: { arn: arn(name), name, type: 'STANDARD' },
    region: 'us-east-1',
    mode: 'exact',
    confidence: 0.95,
    executionCount,
    measuredCount: executionCount,
    priceUsdPer1000Transitions: 0.025,
    prices: { source: 'test', asOf: '2026-12-01' },
    transitions: exactly(transitions),
    costUsd: exactly(costUsd),
    transitionsStandardError: 0,
    transitionsPerExecution: exactly(executionCount ? transitions / executionCount : 0),
    days: [{ day: '2026-11-30', executions: executionCount, transitions, costUsd }],
    states: [],
    topExecutions: [],
    executions: [],
    whatIf: {
      executions: 0,
      standardUsd: 0,
      expressUsd: 0,
      expressRequestUsd: 0,
      expressDurationUsd: 0,
      memoryMb: 64,
      averageBilledDurationMs: 0,
      tooLongForExpress: 0,
      expressPricesRegion: 'us-east-1',
    },
    freeTier: { transitionsPerMonth: 4000, valueUsd: 0.1 },
  };
}

function result(review: StateMachineCostReview, calls: number, throttled: number): CostReviewResult {
  return { review, apiCalls: { calls, throttled, throttledSurfaced: 0, byAction: {} } };
}

beforeEach(() => {
  fakes.listStateMachines.mockReset();
  fakes.reviewStateMachineCost.mockReset();
});

describe('reviewAccountCost: every state machine reviewed in turn, then combined', () => {
  it('reviews each state machine once, in order, and adds reviews, API calls and throttles together', async () => {
    fakes.listStateMachines.mockResolvedValue([machine('billing'), machine('orders')]);
    const order: string[] = [];
    fakes.reviewStateMachineCost.mockImplementation(async (stateMachineArn) => {
      order.push(stateMachineArn);
      return stateMachineArn === arn('billing')
        ? result(reviewOf('billing', 40, 0.001, 10), 12, 1)
        : result(reviewOf('orders', 20, 0.0005, 4), 5, 2);
    });

    const { account, notIncluded, apiCalls, throttled } = await reviewAccountCost();
    expect(order).toEqual([arn('billing'), arn('orders')]);
    expect(account.reviews.map((review) => review.stateMachine.name)).toEqual(['billing', 'orders']);
    expect(account.executionCount).toBe(14);
    expect(account.transitions).toEqual({ estimate: 60, low: 60, high: 60 });
    expect(account.costUsd.estimate).toBeCloseTo(0.0015, 15);
    expect(account.days).toEqual([{ day: '2026-11-30', executions: 14, transitions: 60, costUsd: 0.0015 }]);
    expect(notIncluded).toEqual([]);
    expect(apiCalls).toBe(17);
    expect(throttled).toBe(3);
  });

  it('passes its options on to every review, and tags progress with the state machine it belongs to', async () => {
    fakes.listStateMachines.mockResolvedValue([machine('a'), machine('b')]);
    fakes.reviewStateMachineCost.mockImplementation(async (stateMachineArn, options) => {
      options.onProgress?.({ stage: 'reading', done: 1, total: 2 });
      return result(reviewOf(stateMachineArn.endsWith(':a') ? 'a' : 'b', 1, 0.000025, 1), 1, 0);
    });
    const progress: unknown[] = [];
    await reviewAccountCost({ mode: 'sampled', sampleSize: 50, onProgress: (update) => progress.push(update) });

    expect(fakes.reviewStateMachineCost).toHaveBeenCalledTimes(2);
    for (const [, options] of fakes.reviewStateMachineCost.mock.calls) expect(options).toMatchObject({ mode: 'sampled', sampleSize: 50 });
    expect(progress).toEqual([
      { stage: 'reading', done: 1, total: 2, stateMachineName: 'a', stateMachineIndex: 0, stateMachineCount: 2 },
      { stage: 'reading', done: 1, total: 2, stateMachineName: 'b', stateMachineIndex: 1, stateMachineCount: 2 },
    ]);
  });

  it('lists an Express machine whose logs cannot be read as not included, and goes on', async () => {
    fakes.listStateMachines.mockResolvedValue([machine('events', 'EXPRESS'), machine('orders')]);
    fakes.reviewStateMachineCost.mockImplementation(async (stateMachineArn) => {
      if (stateMachineArn === arn('events')) throw new DataSourceError('invalid-input', 'logging is OFF for events', 'Turn logging on.');
      return result(reviewOf('orders', 20, 0.0005, 4), 5, 0);
    });
    const { account, notIncluded, apiCalls } = await reviewAccountCost();
    expect(notIncluded).toEqual([{ arn: arn('events'), name: 'events', reason: 'logging is OFF for events' }]);
    expect(account.reviews.map((review) => review.stateMachine.name)).toEqual(['orders']);
    expect(apiCalls).toBe(5);
  });

  it('fails the whole review when a Standard machine fails, even with a data source error', async () => {
    fakes.listStateMachines.mockResolvedValue([machine('orders')]);
    fakes.reviewStateMachineCost.mockRejectedValue(new DataSourceError('throttled', 'Rate exceeded', 'Try again.'));
    await expect(reviewAccountCost()).rejects.toThrow('Rate exceeded');
  });

  it('fails the whole review when an Express machine fails with anything but a data source error', async () => {
    fakes.listStateMachines.mockResolvedValue([machine('events', 'EXPRESS'), machine('orders')]);
    fakes.reviewStateMachineCost.mockRejectedValue(new TypeError('boom'));
    await expect(reviewAccountCost()).rejects.toThrow(TypeError);
    expect(fakes.reviewStateMachineCost).toHaveBeenCalledTimes(1);
  });

  it('lets a failure to list the state machines through', async () => {
    fakes.listStateMachines.mockRejectedValue(
      new DataSourceError('access-denied', 'not allowed to ListStateMachines', 'Grant states:ListStateMachines.'),
    );
    await expect(reviewAccountCost()).rejects.toThrow('not allowed to ListStateMachines');
    expect(fakes.reviewStateMachineCost).not.toHaveBeenCalled();
  });

  it('is an empty account view for an account with no state machines', async () => {
    fakes.listStateMachines.mockResolvedValue([]);
    const { account, notIncluded, apiCalls, throttled } = await reviewAccountCost();
    expect(account).toMatchObject({
      reviews: [],
      executionCount: 0,
      transitions: { estimate: 0, low: 0, high: 0 },
      days: [],
      topExecutions: [],
    });
    expect({ notIncluded, apiCalls, throttled }).toEqual({ notIncluded: [], apiCalls: 0, throttled: 0 });
  });
});
