import type { HistoryEventType } from './history-event-types';
import type { VisitStatus } from './types';

/** What a Map iteration's or Parallel branch's own end event and its visits say. */
export interface GroupOutcome {
  /** The group's end event type (`MapIteration*`; Parallel branches have none). */
  endEventType: HistoryEventType | 'Unknown' | undefined;
  /** The status of the group's last visit, if it has one yet. */
  lastVisitStatus: VisitStatus | undefined;
  /** A visit in the group, or in a Map or Parallel nested in it, caught an error. */
  caughtInside: boolean;
}

/**
 * A Map iteration's or Parallel branch's status, first rung that applies wins. Why this order: AWS's
 * own `MapIteration*` end event is the surest sign; a branch has none, so it takes its last visit's
 * status. A group that went on to succeed after an error was caught inside it is `caught`, so a
 * person triaging a Map finds it beside the failed ones instead of among thousands of successes.
 */
export function decideGroupStatus({ endEventType, lastVisitStatus, caughtInside }: GroupOutcome): VisitStatus {
  const succeeded = (): VisitStatus => (caughtInside || lastVisitStatus === 'caught' ? 'caught' : 'succeeded');
  if (endEventType === 'MapIterationSucceeded') return succeeded();
  if (endEventType === 'MapIterationFailed') return 'failed';
  if (endEventType === 'MapIterationAborted') return 'aborted';
  if (lastVisitStatus === undefined) return 'running';
  return lastVisitStatus === 'succeeded' || lastVisitStatus === 'caught' ? succeeded() : lastVisitStatus;
}
