import { describe, expect, it } from 'vitest';
import type { StateMachineCostReview } from '@/lib/cost/build-cost-review';
import { combineCostReviews } from '@/lib/cost/combine-cost-reviews';
import type { ExecutionCost } from '@/lib/cost/types';

// The normal quantiles for 95 % and 90 % two-sided intervals (the code's approximation is within 1e-9 of them).
const Z95 = 1.959963984540054;
const Z90 = 1.6448536269514722;

function top(name: string, transitions: number, costUsd: number): ExecutionCost {
  return {
    executionArn: `arn:aws:states:us-east-1:123456789012:execution:m:${name}`,
    name,
    status: 'SUCCEEDED',
    startedAt: new Date('2026-11-30T12:00:00Z'),
    stoppedAt: new Date('2026-11-30T12:00:01Z'),
    durationMs: 1000,
    transitions,
    costUsd,
    states: [],
  };
}

/** A review with only what combining reads set to meaningful values. */
function review(name: string, values: Partial<StateMachineCostReview>): StateMachineCostReview {
  const exact = { estimate: 0, low: 0, high: 0 };
  return {
    stateMachine: {
      arn: `arn:aws:states:us-east-1:123456789012:stateMachine:${name}`,
      name,
      type: values.express ? 'EXPRESS' : 'STANDARD',
    },
    region: 'us-east-1',
    mode: 'exact',
    confidence: 0.95,
    executionCount: 0,
    measuredCount: 0,
    priceUsdPer1000Transitions: 0.025,
    prices: { source: 'test', asOf: '2026-12-01' },
    transitions: exact,
    costUsd: exact,
    transitionsStandardError: 0,
    transitionsPerExecution: exact,
    days: [],
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
    ...values,
  };
}

const expressDetails = {
  requests: 5,
  running: 0,
  memoryMb: 64,
  billedMemoryMb: 64,
  gbSeconds: 1,
  requestCostUsd: 0.000005,
  durationCostUsd: 0.00001,
  averageBilledDurationMs: 100,
  logLevel: 'ALL' as const,
  includeExecutionData: true,
  transitionsAvailable: true,
  countIsLowerBound: false,
  priceUsdPerMillionRequests: 1,
  listedDays: 14,
  pricesRegion: 'us-east-1',
};

describe('combineCostReviews: every state machine added into one account view', () => {
  it('adds estimates, and combines independent standard errors in quadrature (3 and 4 make 5)', () => {
    const account = combineCostReviews([
      review('a', {
        transitions: { estimate: 100, low: 0, high: 0 },
        costUsd: { estimate: 0.0025, low: 0, high: 0 },
        transitionsStandardError: 3,
      }),
      review('b', {
        transitions: { estimate: 200, low: 0, high: 0 },
        costUsd: { estimate: 0.005, low: 0, high: 0 },
        transitionsStandardError: 4,
      }),
    ]);
    expect(account.transitions.estimate).toBe(300);
    expect(account.transitions.low).toBeCloseTo(300 - Z95 * 5, 6);
    expect(account.transitions.high).toBeCloseTo(300 + Z95 * 5, 6);
    // Each review's cost error is its transitions' error at its price: √(3² + 4²) = 5 transitions × $0.025 / 1,000.
    expect(account.costUsd.estimate).toBeCloseTo(0.0075, 15);
    expect(account.costUsd.high - account.costUsd.estimate).toBeCloseTo(Z95 * 0.000125, 11);
    expect(account.confidence).toBe(0.95);
  });

  it('is exact when every review is: low = high = estimate', () => {
    const account = combineCostReviews([
      review('a', { transitions: { estimate: 6, low: 6, high: 6 }, costUsd: { estimate: 0.00015, low: 0.00015, high: 0.00015 } }),
      review('b', { transitions: { estimate: 4, low: 4, high: 4 }, costUsd: { estimate: 0.0001, low: 0.0001, high: 0.0001 } }),
    ]);
    expect(account.transitions).toEqual({ estimate: 10, low: 10, high: 10 });
    expect(account.costUsd.low).toBe(account.costUsd.estimate);
    expect(account.costUsd.high).toBe(account.costUsd.estimate);
  });

  it('never goes below zero at the low end', () => {
    const account = combineCostReviews([review('a', { transitions: { estimate: 2, low: 0, high: 0 }, transitionsStandardError: 10 })]);
    expect(account.transitions.low).toBe(0);
    expect(account.transitions.high).toBeCloseTo(2 + Z95 * 10, 6);
  });

  it('widens or narrows the interval with the confidence asked for', () => {
    const account = combineCostReviews(
      [review('a', { transitions: { estimate: 100, low: 0, high: 0 }, transitionsStandardError: 10 })],
      10,
      0.9,
    );
    expect(account.confidence).toBe(0.9);
    expect(account.transitions.high).toBeCloseTo(100 + Z90 * 10, 6);
  });

  it('counts Express runs in cost and executions but not in the billed transitions, using their own cost error', () => {
    const account = combineCostReviews([
      review('std', {
        executionCount: 10,
        measuredCount: 10,
        transitions: { estimate: 40, low: 40, high: 40 },
        costUsd: { estimate: 0.001, low: 0.001, high: 0.001 },
        days: [{ day: '2026-11-30', executions: 10, transitions: 40, costUsd: 0.001 }],
      }),
      review('exp', {
        express: expressDetails,
        executionCount: 5,
        measuredCount: 2,
        transitions: { estimate: 999, low: 900, high: 1100 },
        transitionsStandardError: 50,
        costUsd: { estimate: 0.000015, low: 0.000015, high: 0.000015 },
        costStandardErrorUsd: 0,
        days: [
          { day: '2026-11-30', executions: 5, transitions: 999, costUsd: 0.000015 },
          { day: '2026-12-01', executions: 1, transitions: 7, costUsd: 0.000002 },
        ],
      }),
    ]);
    expect(account.executionCount).toBe(15);
    expect(account.measuredCount).toBe(12);
    expect(account.transitions).toEqual({ estimate: 40, low: 40, high: 40 });
    expect(account.costUsd.estimate).toBeCloseTo(0.001015, 15);
    expect(account.costUsd.low).toBeCloseTo(0.001015, 15);
    expect(account.costUsd.high).toBeCloseTo(0.001015, 15);
    expect(account.days).toEqual([
      { day: '2026-11-30', executions: 15, transitions: 40, costUsd: 0.001015 },
      { day: '2026-12-01', executions: 1, transitions: 0, costUsd: 0.000002 },
    ]);
  });

  it('lists the most expensive executions across state machines, named, ties broken by transitions, up to topCount', () => {
    const reviews = [
      review('orders', { topExecutions: [top('o1', 10, 0.5), top('o2', 3, 0.1)] }),
      review('billing', { topExecutions: [top('b1', 20, 0.5), top('b2', 1, 0.9)] }),
    ];
    expect(combineCostReviews(reviews).topExecutions.map((row) => [row.stateMachineName, row.name])).toEqual([
      ['billing', 'b2'],
      ['billing', 'b1'],
      ['orders', 'o1'],
      ['orders', 'o2'],
    ]);
    expect(combineCostReviews(reviews, 2).topExecutions.map((row) => row.name)).toEqual(['b2', 'b1']);
    expect(combineCostReviews(reviews, 0).topExecutions).toEqual([]);
  });

  it('keeps the reviews it combined, and is all zeros for none', () => {
    const one = review('a', {});
    expect(combineCostReviews([one]).reviews).toEqual([one]);
    expect(combineCostReviews([])).toEqual({
      reviews: [],
      executionCount: 0,
      measuredCount: 0,
      transitions: { estimate: 0, low: 0, high: 0 },
      costUsd: { estimate: 0, low: 0, high: 0 },
      confidence: 0.95,
      days: [],
      topExecutions: [],
    });
  });
});
