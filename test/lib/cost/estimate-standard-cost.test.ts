import { describe, expect, it } from 'vitest';
import { estimateStandardCost } from '@/lib/cost/estimate-standard-cost';

describe('estimateStandardCost: a regional price per state transition (docs/aws-behaviour.md#pricing-for-standard-workflows)', () => {
  it('prices one transition in us-east-1 at $0.000025', () => {
    expect(estimateStandardCost({ transitions: 1, priceUsdPer1000Transitions: 0.025 })).toEqual({
      transitions: 1,
      priceUsdPer1000Transitions: 0.025,
      freeTransitions: 0,
      billableTransitions: 1,
      costUsd: 0.000025,
    });
  });

  it('E3 (worked examples): 1,000 runs of 3 transitions cost $0.075', () => {
    expect(estimateStandardCost({ transitions: 3000, priceUsdPer1000Transitions: 0.025 }).costUsd).toBeCloseTo(0.075, 12);
  });

  it('E4 (worked examples): 400,000 transitions less the 4,000 free cost $9.90', () => {
    const cost = estimateStandardCost({ transitions: 400_000, priceUsdPer1000Transitions: 0.025, freeTierTransitions: 4000 });
    expect(cost).toMatchObject({ transitions: 400_000, freeTransitions: 4000, billableTransitions: 396_000 });
    expect(cost.costUsd).toBeCloseTo(9.9, 10);
  });

  it.each([
    ['us-west-1', 0.0279],
    ['sa-east-1', 0.0375],
    ['us-gov-west-1', 0.03],
  ])('prices 1,000 transitions in %s at its own rate, $%s', (_region, price) => {
    expect(estimateStandardCost({ transitions: 1000, priceUsdPer1000Transitions: price }).costUsd).toBeCloseTo(price, 12);
  });

  it('leaves the free tier out unless it is passed (a single execution or state machine)', () => {
    const cost = estimateStandardCost({ transitions: 7, priceUsdPer1000Transitions: 0.025 });
    expect(cost.freeTransitions).toBe(0);
    expect(cost.billableTransitions).toBe(7);
    expect(cost.costUsd).toBeCloseTo(0.000175, 12);
  });

  it('never frees more transitions than there are: a month under the free tier costs nothing', () => {
    expect(estimateStandardCost({ transitions: 3999, priceUsdPer1000Transitions: 0.025, freeTierTransitions: 4000 })).toMatchObject({
      freeTransitions: 3999,
      billableTransitions: 0,
      costUsd: 0,
    });
    expect(estimateStandardCost({ transitions: 4000, priceUsdPer1000Transitions: 0.025, freeTierTransitions: 4000 }).costUsd).toBe(0);
    expect(
      estimateStandardCost({ transitions: 4001, priceUsdPer1000Transitions: 0.025, freeTierTransitions: 4000 }).billableTransitions,
    ).toBe(1);
  });

  it('treats a negative free tier as none', () => {
    expect(estimateStandardCost({ transitions: 10, priceUsdPer1000Transitions: 0.025, freeTierTransitions: -50 })).toMatchObject({
      freeTransitions: 0,
      billableTransitions: 10,
    });
  });

  it('costs nothing for no transitions, or at a price of 0', () => {
    expect(estimateStandardCost({ transitions: 0, priceUsdPer1000Transitions: 0.025 }).costUsd).toBe(0);
    expect(estimateStandardCost({ transitions: 1000, priceUsdPer1000Transitions: 0 }).costUsd).toBe(0);
  });

  it('keeps fractional transitions (a sample estimate) rather than rounding them', () => {
    expect(estimateStandardCost({ transitions: 2.5, priceUsdPer1000Transitions: 0.025 }).costUsd).toBeCloseTo(0.0000625, 15);
  });
});
