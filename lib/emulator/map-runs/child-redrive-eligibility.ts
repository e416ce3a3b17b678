import { redriveEligibility, type RedriveEligibility } from '../server/redrive-eligibility';
import type { EmulatorStore } from '../store/emulator-store';
import type { ExecutionRecord } from '../store/store-types';
import type { ChildExecution } from './map-run-store';
import { mapRunStoreOf } from './map-run-store';

/**
 * RedriveExecution's answer for a Map Run child: it is never redriven on its own, only by a redrive of
 * its parent, which redrives its Map Run (https://docs.aws.amazon.com/step-functions/latest/dg/redrive-map-run.html).
 */
export const MAP_RUN_CHILD_NOT_REDRIVABLE = 'Execution was started by a Map Run and can only be redriven by redriving its parent execution';

/**
 * DescribeExecution's redriveStatus for a Map Run child: REDRIVABLE_BY_MAP_RUN when it ended
 * unsuccessfully and both it and its parent could be redriven now (AWS: the parent must be
 * redrivable); otherwise NOT_REDRIVABLE with the first reason that applies, its own or its parent's.
 */
export function childRedriveEligibility(
  store: EmulatorStore,
  execution: ExecutionRecord,
  child: ChildExecution,
  nowMs: number,
): RedriveEligibility {
  const own = redriveEligibility(execution, store.getLastEventId(execution.id), nowMs);
  if (own.status === 'NOT_REDRIVABLE') return own;
  const run = mapRunStoreOf(store).getMapRun(child.mapRunArn);
  const parent = run ? store.getExecution(run.executionArn) : undefined;
  if (!parent) return { status: 'NOT_REDRIVABLE', reason: 'Execution redrivable period exceeded' };
  const parentEligibility = redriveEligibility(parent, store.getLastEventId(parent.id), nowMs);
  return parentEligibility.status === 'NOT_REDRIVABLE' ? parentEligibility : { status: 'REDRIVABLE_BY_MAP_RUN' };
}
