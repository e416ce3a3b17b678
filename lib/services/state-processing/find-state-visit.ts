import type { StateVisit, VisitGroup } from '@/lib/history/types';

export interface VisitInScope {
  visit: StateVisit;
  /**
   * Variables the visit could read when it ran: every assignment made by a state that exited before
   * it, in its own scope and the scopes around it (a Map iteration or Parallel branch reads outer
   * variables). Name → JSON text.
   */
  variables: Record<string, string>;
  /** A value was cut by AWS's size limit, so the set is incomplete. */
  variablesTruncated: boolean;
}

function assignBefore(scope: readonly StateVisit[], enteredEventId: number, into: VisitInScope): void {
  const earlier = scope
    .filter((visit) => visit.exitedEventId !== null && visit.exitedEventId < enteredEventId && visit.assignedVariables)
    .sort((a, b) => (a.exitedEventId ?? 0) - (b.exitedEventId ?? 0));
  for (const visit of earlier) {
    for (const [name, payload] of Object.entries(visit.assignedVariables ?? {})) {
      into.variables[name] = payload.text;
      if (payload.truncated) into.variablesTruncated = true;
    }
  }
}

function search(scope: readonly StateVisit[], enteredEventId: number, outer: (found: VisitInScope) => void): VisitInScope | undefined {
  for (const visit of scope) {
    if (visit.enteredEventId === enteredEventId) {
      const found: VisitInScope = { visit, variables: {}, variablesTruncated: false };
      outer(found);
      assignBefore(scope, enteredEventId, found);
      return found;
    }
    for (const group of visit.children) {
      const inner = searchGroup(group, enteredEventId, (found) => {
        outer(found);
        assignBefore(scope, enteredEventId, found);
      });
      if (inner) return inner;
    }
  }
  return undefined;
}

function searchGroup(group: VisitGroup, enteredEventId: number, outer: (found: VisitInScope) => void): VisitInScope | undefined {
  return search(group.visits, enteredEventId, outer);
}

/** The visit entered at `enteredEventId`, anywhere in the tree, with the variables in its scope. */
export function findStateVisit(visits: readonly StateVisit[], enteredEventId: number): VisitInScope | undefined {
  return search(visits, enteredEventId, () => {});
}
