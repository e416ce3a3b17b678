import type { StateMachineCostReview } from './build-cost-review';
import { normalQuantile } from './estimate-total-from-sample';
import { mergeDays, type DayCost } from './summarize-by-day';
import type { ExecutionCost, Interval } from './types';

export interface AccountCostReview {
  reviews: StateMachineCostReview[];
  executionCount: number;
  measuredCount: number;
  transitions: Interval;
  costUsd: Interval;
  confidence: number;
  days: DayCost[];
  topExecutions: (ExecutionCost & { stateMachineName: string })[];
}

function combine(estimates: number[], standardErrors: number[], confidence: number): Interval {
  const estimate = estimates.reduce((sum, value) => sum + value, 0);
  // Samples of different state machines are independent, so their variances add.
  const error = Math.sqrt(standardErrors.reduce((sum, value) => sum + value * value, 0));
  const margin = normalQuantile(1 - (1 - confidence) / 2) * error;
  return { estimate, low: Math.max(0, estimate - margin), high: estimate + margin };
}

/**
 * Adds the reviews of several state machines into one account-wide view. Transitions are the billed
 * ones (Standard); Express runs add their cost (requests and GB-seconds) and executions.
 */
export function combineCostReviews(reviews: StateMachineCostReview[], topCount = 10, confidence = 0.95): AccountCostReview {
  const standard = reviews.filter((review) => !review.express);
  const transitions = combine(
    standard.map((review) => review.transitions.estimate),
    standard.map((review) => review.transitionsStandardError),
    confidence,
  );
  const cost = combine(
    reviews.map((review) => review.costUsd.estimate),
    reviews.map((review) => review.costStandardErrorUsd ?? (review.transitionsStandardError * review.priceUsdPer1000Transitions) / 1000),
    confidence,
  );
  return {
    reviews,
    executionCount: reviews.reduce((sum, review) => sum + review.executionCount, 0),
    measuredCount: reviews.reduce((sum, review) => sum + review.measuredCount, 0),
    transitions,
    costUsd: cost,
    confidence,
    days: mergeDays(reviews.map((review) => (review.express ? review.days.map((day) => ({ ...day, transitions: 0 })) : review.days))),
    topExecutions: reviews
      .flatMap((review) => review.topExecutions.map((execution) => ({ ...execution, stateMachineName: review.stateMachine.name })))
      .sort((a, b) => b.costUsd - a.costUsd || b.transitions - a.transitions)
      .slice(0, topCount),
  };
}
