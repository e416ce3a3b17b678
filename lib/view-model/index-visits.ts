import type { ExecutionView, GroupView, VisitView } from './types';

export interface VisitIndex {
  byId: Map<number, VisitView>;
  /** The group a nested visit ran in; absent for top-level visits. */
  groupOf: Map<number, GroupView>;
  /** The Map or Parallel visit that owns a group. */
  ownerOfGroup: Map<string, VisitView>;
  /** Every visit, depth first in the order the page lists them. */
  ordered: VisitView[];
  /** The visits a partial view left out (VisitView.withheldGroups), at every depth: not in the tables above. */
  withheldCount: number;
}

/** Lookup tables over the visit tree, built once per view. */
export function indexVisits(view: Pick<ExecutionView, 'visits'>): VisitIndex {
  const index: VisitIndex = { byId: new Map(), groupOf: new Map(), ownerOfGroup: new Map(), ordered: [], withheldCount: 0 };
  const walk = (visits: VisitView[], group: GroupView | undefined) => {
    for (const visit of visits) {
      index.byId.set(visit.id, visit);
      index.ordered.push(visit);
      if (group) index.groupOf.set(visit.id, group);
      index.withheldCount += visit.withheldGroups?.visits ?? 0;
      for (const child of visit.groups) {
        index.ownerOfGroup.set(child.key, visit);
        walk(child.visits, child);
      }
    }
  };
  walk(view.visits, undefined);
  return index;
}

/** The keys of the groups that contain a visit, outermost first: what must be expanded to show it. */
export function containingGroupKeys(index: VisitIndex, visitId: number): string[] {
  const keys: string[] = [];
  for (let group = index.groupOf.get(visitId); group;) {
    keys.unshift(group.key);
    const owner = index.ownerOfGroup.get(group.key);
    if (!owner) break;
    keys.unshift(`visit:${owner.id}`);
    group = index.groupOf.get(owner.id);
  }
  return keys;
}
