import type { ExecutionTimeline } from '../history/types';
import { breakDownTransitions } from './break-down-transitions';
import { estimateStandardCost } from './estimate-standard-cost';
import type { ExecutionCost } from './types';

/** One execution's transitions (lib/history's count) and their Standard cost, without the free tier. */
export function estimateExecutionCost(
  execution: { executionArn: string; name: string },
  timeline: Pick<ExecutionTimeline, 'visits' | 'transitions' | 'status' | 'startDate' | 'stopDate' | 'durationMs'>,
  priceUsdPer1000Transitions: number,
): ExecutionCost {
  const transitions = timeline.transitions.total;
  return {
    executionArn: execution.executionArn,
    name: execution.name,
    status: timeline.status,
    startedAt: timeline.startDate,
    stoppedAt: timeline.stopDate,
    durationMs: timeline.durationMs,
    transitions,
    costUsd: estimateStandardCost({ transitions, priceUsdPer1000Transitions }).costUsd,
    states: breakDownTransitions(timeline),
  };
}
