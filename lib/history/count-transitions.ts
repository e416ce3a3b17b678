import { setOwn } from './own-key';
import type { StateVisit, TransitionCount } from './types';

/**
 * Billable state transitions by the working rule in docs/aws-behaviour.md#pricing-for-standard-workflows
 * (AWS publishes no exact rule, so this is an estimate):
 * 1 per `*StateEntered` (states inside Parallel branches and Map iterations included), plus 1 per
 * Task retry (a repeated `*Scheduled` in one visit), plus 1 per `ExecutionRedriven`. Summed from
 * each visit's own count, like Temporal's billableActions.
 */
export function countTransitions(visits: readonly StateVisit[], redrives: number): TransitionCount {
  const byState: Record<string, number> = {};
  let total = redrives;
  for (const v of visits) {
    total += v.billableTransitions;
    // Own properties only: a state may be named "constructor" or "__proto__" (ASL allows any name).
    setOwn(byState, v.name, ((Object.hasOwn(byState, v.name) ? byState[v.name] : undefined) ?? 0) + v.billableTransitions);
  }
  return { total, byState, redrives };
}
