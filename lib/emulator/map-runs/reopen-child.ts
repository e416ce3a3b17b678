import { HISTORY_EVENT_LIMIT } from '../engine/history-writer';
import { buildRedrivePlan } from '../engine/redrive/build-redrive-plan';
import type { ExecutionRedrive } from '../engine/redrive/redrive-plan';
import type { MachineNode } from '../engine/runtime';
import { readRecordedHistory } from '../server/read-recorded-history';
import type { EmulatorStore } from '../store/emulator-store';
import { mapRunStoreOf } from './map-run-store';

/**
 * Reopens an unsuccessful Standard child of a redriven Map Run the way RedriveExecution reopens an
 * execution: RUNNING, redrive count up, history continued after ExecutionRedriven, only its unsuccessful
 * states rerun. A child whose history has no room left is marked NOT_REDRIVABLE (AWS counts it as
 * failed) and undefined is returned, as for one that is not closed.
 */
export function reopenChild(
  store: EmulatorStore,
  executionArn: string,
  definition: string,
): { childId: number; redrive: ExecutionRedrive } | undefined {
  const runs = mapRunStoreOf(store);
  const child = store.getExecution(executionArn);
  if (!child) return undefined;
  const lastEvent = store.getLastEvent(child.id);
  if (!lastEvent || lastEvent.id >= HISTORY_EVENT_LIMIT - 1) {
    runs.setRedriveState(child.id, 'NOT_REDRIVABLE');
    return undefined;
  }
  const resume = buildRedrivePlan(JSON.parse(definition) as MachineNode, readRecordedHistory(store, child.id));
  if (!store.markRedriven(child.id, Date.now(), undefined)) return undefined;
  runs.setRedriveState(child.id, null);
  return {
    childId: child.id,
    redrive: { lastEventId: lastEvent.id, redriveCount: child.redriveCount + 1, ...(resume ? { resume } : {}) },
  };
}
