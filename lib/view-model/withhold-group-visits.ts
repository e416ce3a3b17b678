import type { PackedExecutionView, PackedGroup, PackedVisit } from './pack-execution-view';
import type { ExecutionView } from './types';

/**
 * From this many visits in all, the execution page's document leaves out the visits of the Map
 * iterations and Parallel branches it does not open on. On the 23,808-event bench history (3,402
 * visits) they were two thirds of the view data, and parsing, unpacking and walking them held up the
 * page's hydration; the browser fetches the whole view right after (`/executions/<arn>/view`).
 */
export const PARTIAL_VIEW_MIN_VISITS = 1_000;

/** How many visits a list holds, at every depth. */
export function countPackedVisits(visits: readonly PackedVisit[]): number {
  let count = 0;
  for (const visit of visits) {
    count++;
    for (const group of visit[9] ?? []) count += countPackedVisits(group[7]);
  }
  return count;
}

function holdsAny(visits: readonly PackedVisit[], keep: ReadonlySet<number>): boolean {
  return visits.some((visit) => keep.has(visit[0]) || (visit[9] ?? []).some((group) => holdsAny(group[7], keep)));
}

/**
 * The packed view without the visits of every group that holds none of `keep` (the visit the page
 * opens on, the failing one, those that caught errors): each such group keeps its own row (index,
 * status, times) and says how many visits it left out. A view under `minVisits` visits, or one where
 * nothing is left out, is returned as it is.
 */
export function withholdGroupVisits(
  packed: PackedExecutionView,
  keep: Iterable<number>,
  minVisits: number = PARTIAL_VIEW_MIN_VISITS,
): PackedExecutionView {
  if (countPackedVisits(packed.visits) < minVisits) return packed;
  const kept = new Set(keep);
  let withheldAny = false;
  const visit = (packedVisit: PackedVisit): PackedVisit => {
    const groups = packedVisit[9];
    if (!groups) return packedVisit;
    const copy = packedVisit.slice() as PackedVisit;
    copy[9] = groups.map(group);
    return copy;
  };
  const group = (packedGroup: PackedGroup): PackedGroup => {
    const [index, run, kind, status, start, end, duration, visits] = packedGroup;
    if (holdsAny(visits, kept)) return [index, run, kind, status, start, end, duration, visits.map(visit)];
    withheldAny = true;
    return [index, run, kind, status, start, end, duration, [], [visits.length, countPackedVisits(visits)]];
  };
  const visits = packed.visits.map(visit);
  return withheldAny ? { ...packed, visits, partial: true } : packed;
}

/**
 * The visits a partial view must carry: the one the page opens on, and those the failure banner and
 * the caught-errors note link to (the failing visit, its path, the state behind it).
 */
export function visitsToKeep(view: Pick<ExecutionView, 'caught' | 'failure'>, openingVisitId: number | null): number[] {
  const { failure } = view;
  const ids = [...view.caught.map((caught) => caught.visitId), ...(failure?.path.map((step) => step.visitId) ?? [])];
  for (const id of [openingVisitId, failure?.visitId, failure?.causedBy?.visitId, failure?.causeInput?.visitId]) {
    if (typeof id === 'number') ids.push(id);
  }
  return ids;
}
