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
 * The packed view without the Map iterations and Parallel branches that hold none of `keep` (the
 * visit the page opens on, the failing one, those that caught errors): their visits and their own
 * rows. Each owner visit says how many groups and visits it left out (VisitView.withheldGroups); its
 * attempts still count every group's outcome. On the 23,808-event bench history the 3,400 iteration
 * rows alone were half of the partial view. A view under `minVisits` visits, or one where nothing is
 * left out, is returned as it is.
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
    const shown: PackedGroup[] = [];
    let withheldGroups = 0;
    let withheldVisits = 0;
    for (const group of groups) {
      if (holdsAny(group[7], kept)) {
        const copy = group.slice() as PackedGroup;
        copy[7] = group[7].map(visit);
        shown.push(copy);
      } else {
        withheldGroups++;
        withheldVisits += countPackedVisits(group[7]);
      }
    }
    const copy = packedVisit.slice() as PackedVisit;
    if (withheldGroups === 0) {
      copy[9] = shown;
      return copy;
    }
    withheldAny = true;
    while (copy.length < 13) copy.push(null);
    copy[9] = shown.length > 0 ? shown : null;
    copy[13] = [withheldGroups, withheldVisits];
    return copy;
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
