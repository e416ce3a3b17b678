import { countGroupOutcomes } from '@/lib/view-model/count-group-outcomes';
import { groupsOfAttempt } from '@/lib/view-model/groups-of-attempt';
import type { VisitView } from '@/lib/view-model/types';
import type { CompareGroups } from './types';

/** How many differing iteration or branch indexes are listed; the count covers them all. */
export const MAX_LISTED_GROUPS = 50;

/**
 * A Map's iterations (or a Parallel's branches) of the last run on each side, compared by index:
 * counts by outcome, and the indexes that ended differently or ran on one side only.
 */
export function compareGroups(a: VisitView | null, b: VisitView | null): CompareGroups | undefined {
  const left = a ? groupsOfAttempt(a.groups) : [];
  const right = b ? groupsOfAttempt(b.groups) : [];
  const kind = left[0]?.kind ?? right[0]?.kind;
  if (!kind) return undefined;
  const statusOf = new Map(right.map((group) => [group.index, group.status]));
  const indexes = new Set<number>();
  for (const group of left) {
    if (statusOf.get(group.index) !== group.status) indexes.add(group.index);
    statusOf.delete(group.index);
  }
  for (const index of statusOf.keys()) indexes.add(index);
  const differing = [...indexes].sort((x, y) => x - y);
  return {
    kind,
    a: a ? countGroupOutcomes(left) : null,
    b: b ? countGroupOutcomes(right) : null,
    differing: differing.slice(0, MAX_LISTED_GROUPS),
    differingCount: differing.length,
  };
}
