import type { VisitStatus } from '@/lib/history/types';
import type { GroupView } from './types';

/**
 * Failed ones first, then those that caught an error inside (they succeeded, but something went
 * wrong on the way), then the rest (stopped, still running, succeeded); by run and index within each.
 */
const RANK: Record<VisitStatus, number> = { failed: 0, timed_out: 0, caught: 1, aborted: 2, running: 3, succeeded: 4 };

/** The iterations or branches of a Map or Parallel visit in the order a person debugging wants them. */
export function orderGroupsForDrillDown(groups: readonly GroupView[]): GroupView[] {
  return groups.slice().sort((a, b) => RANK[a.status] - RANK[b.status] || a.run - b.run || a.index - b.index);
}
