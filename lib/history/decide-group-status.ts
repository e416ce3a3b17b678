import type { HistoryEventType } from './history-event-types';
import type { VisitStatus } from './types';

/** What a Map iteration's or Parallel branch's own end event and its last visit say. */
export interface GroupOutcome {
  /** The group's end event type (`MapIteration*`; Parallel branches have none). */
  endEventType: HistoryEventType | 'Unknown' | undefined;
  /** The status of the group's last visit, if it has one yet. */
  lastVisitStatus: VisitStatus | undefined;
}

/**
 * A Map iteration's or Parallel branch's status, first rung that applies wins. Why this order: AWS's
 * own `MapIteration*` end event is the surest sign; a branch has none, so it takes its last visit's
 * status, and a caught error inside the group means the group itself went on to succeed.
 */
export function decideGroupStatus({ endEventType, lastVisitStatus }: GroupOutcome): VisitStatus {
  if (endEventType === 'MapIterationSucceeded') return 'succeeded';
  if (endEventType === 'MapIterationFailed') return 'failed';
  if (endEventType === 'MapIterationAborted') return 'aborted';
  if (lastVisitStatus === undefined) return 'running';
  return lastVisitStatus === 'caught' ? 'succeeded' : lastVisitStatus;
}
