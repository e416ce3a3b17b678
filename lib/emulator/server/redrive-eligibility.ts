import { HISTORY_EVENT_LIMIT } from '../engine/history-writer';
import type { ExecutionRecord } from '../store/store-types';

/** AWS: an execution can be redriven for 14 days after it closed. */
export const REDRIVABLE_PERIOD_MS = 14 * 86_400_000;

export type RedriveStatus = 'REDRIVABLE' | 'NOT_REDRIVABLE' | 'REDRIVABLE_BY_MAP_RUN';

export interface RedriveEligibility {
  status: RedriveStatus;
  /** Why not, in AWS's words (DescribeExecution's redriveStatusReason); absent when redrivable. */
  reason?: string;
}

/** Only an execution that ended unsuccessfully can be redriven; for any other the last event id does not matter. */
export function endedUnsuccessfully(execution: ExecutionRecord): boolean {
  return execution.status !== 'RUNNING' && execution.status !== 'SUCCEEDED';
}

/**
 * Whether RedriveExecution may restart this Standard execution now, by AWS's rules
 * (https://docs.aws.amazon.com/step-functions/latest/dg/redrive-executions.html): not RUNNING or
 * SUCCEEDED, closed at most 14 days ago, and room in the history for ExecutionRedriven and more.
 */
export function redriveEligibility(execution: ExecutionRecord, lastEventId: number, nowMs: number): RedriveEligibility {
  if (!endedUnsuccessfully(execution)) {
    return { status: 'NOT_REDRIVABLE', reason: `Execution is ${execution.status} and cannot be redriven` };
  }
  if (execution.stopDateMs !== null && nowMs - execution.stopDateMs > REDRIVABLE_PERIOD_MS) {
    return { status: 'NOT_REDRIVABLE', reason: 'Execution redrivable period exceeded' };
  }
  if (lastEventId >= HISTORY_EVENT_LIMIT - 1) return { status: 'NOT_REDRIVABLE', reason: 'Execution history event limit exceeded' };
  return { status: 'REDRIVABLE' };
}
