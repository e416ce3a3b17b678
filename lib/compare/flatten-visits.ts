import { stateNodeId } from '@/lib/graph/build-graph-model';
import type { GroupView, VisitView } from '@/lib/view-model/types';

/** A visit with where it ran, what ran after it in its scope, and its alignment key. */
export interface PlacedVisit {
  visit: VisitView;
  key: string;
  scope: string;
  occurrence: number;
  nodeId: string;
  depth: number;
  next: string | null;
  /** The Map iteration or Parallel branch it ran in, when it did. */
  group: GroupView | null;
  /** Its position in the order the execution ran its visits. */
  rank: number;
}

function groupScope(ownerScope: string, ownerName: string, group: GroupView): string {
  const owner = ownerScope ? `${ownerScope}/${ownerName}` : ownerName;
  const run = group.run > 1 ? ` run ${group.run}` : '';
  return group.kind === 'MapIteration' ? `${owner}${run}[${group.index}]` : `${owner}${run}/branch ${group.index}`;
}

/**
 * Every visit of an execution, in the order they ran (entered event id), each keyed by scope + state
 * name + occurrence so that the n-th visit of a state in one Map iteration (by index) or Parallel
 * branch lines up with the n-th on the other side. Iterative, so deep nesting cannot overflow.
 */
export function flattenVisits(visits: readonly VisitView[]): PlacedVisit[] {
  const out: PlacedVisit[] = [];
  const work: {
    list: readonly VisitView[];
    scope: string;
    keyScope: string;
    nodeScope: string | undefined;
    depth: number;
    group: GroupView | null;
  }[] = [{ list: visits, scope: '', keyScope: '', nodeScope: undefined, depth: 0, group: null }];
  for (let item = work.pop(); item; item = work.pop()) {
    const ordered = item.list.slice().sort((x, y) => x.id - y.id);
    const seen = new Map<string, number>();
    for (const [position, visit] of ordered.entries()) {
      const occurrence = (seen.get(visit.name) ?? 0) + 1;
      seen.set(visit.name, occurrence);
      const key = `${item.keyScope}${visit.name}#${occurrence}`;
      const nodeId = stateNodeId(item.nodeScope, visit.name);
      const next = visit.caught?.next ?? ordered[position + 1]?.name ?? null;
      out.push({ visit, key, scope: item.scope, occurrence, nodeId, depth: item.depth, next, group: item.group, rank: 0 });
      for (const group of visit.groups) {
        const shownOwner = occurrence > 1 ? `${visit.name}#${occurrence}` : visit.name;
        const scope = groupScope(item.scope, shownOwner, group);
        work.push({
          list: group.visits,
          scope,
          keyScope: `${key}/${group.kind}:${group.run}:${group.index}/`,
          nodeScope: nodeId,
          depth: item.depth + 1,
          group,
        });
      }
    }
  }
  out.sort((x, y) => x.visit.id - y.visit.id);
  for (const [rank, placed] of out.entries()) placed.rank = rank;
  return out;
}
