export interface StandardCost {
  transitions: number;
  priceUsdPer1000Transitions: number;
  /** Transitions the free tier covered (0 unless a monthly allowance was passed). */
  freeTransitions: number;
  billableTransitions: number;
  costUsd: number;
}

/**
 * Standard workflows cost a regional price per state transition
 * (docs/aws-behaviour.md#pricing-for-standard-workflows). The free tier (4,000 a month, account-wide)
 * is only meaningful for a month of the whole account, so callers pass it explicitly; a single
 * execution or state machine is priced without it.
 */
export function estimateStandardCost(input: {
  transitions: number;
  priceUsdPer1000Transitions: number;
  freeTierTransitions?: number;
}): StandardCost {
  const freeTransitions = Math.min(input.transitions, Math.max(0, input.freeTierTransitions ?? 0));
  const billableTransitions = input.transitions - freeTransitions;
  return {
    transitions: input.transitions,
    priceUsdPer1000Transitions: input.priceUsdPer1000Transitions,
    freeTransitions,
    billableTransitions,
    costUsd: (billableTransitions * input.priceUsdPer1000Transitions) / 1000,
  };
}
