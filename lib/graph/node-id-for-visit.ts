import type { VisitIndex } from '@/lib/view-model/index-visits';
import { stateNodeId } from './build-graph-model';

/** The graph node a visit ran in: its state's name under the Map and Parallel states that contain it. */
export function nodeIdForVisit(index: VisitIndex, visitId: number): string | null {
  const visit = index.byId.get(visitId);
  if (!visit) return null;
  const names = [visit.name];
  for (let group = index.groupOf.get(visitId); group;) {
    const owner = index.ownerOfGroup.get(group.key);
    if (!owner) break;
    names.unshift(owner.name);
    group = index.groupOf.get(owner.id);
  }
  return names.reduce<string | undefined>((scope, name) => stateNodeId(scope, name), undefined) ?? null;
}
