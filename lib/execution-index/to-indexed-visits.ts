import type { StateVisit } from '../history/types';
import type { IndexedVisit } from './types';

/** Visits kept per execution: enough for comparing states, bounded for 25,000-event histories. */
export const MAX_INDEXED_VISITS = 2000;

export interface IndexedVisits {
  visits: IndexedVisit[];
  /** Every visit of the history; more than `visits.length` when the cap cut the list. */
  total: number;
}

interface Placed {
  visit: StateVisit;
  scope: string;
  next: string | undefined;
}

/**
 * The visits of a timeline, flattened in the order they ran (Map iterations and Parallel branches
 * included, with their scope path: `ProcessItems[3]`, `Outer[0]/Inner[2]`), capped at `max`.
 * Iterative: a history nests at most MAX_VISIT_NESTING deep, but 25,000 events make many visits.
 */
export function toIndexedVisits(top: readonly StateVisit[], max: number = MAX_INDEXED_VISITS): IndexedVisits {
  const placed: Placed[] = [];
  const pending: Array<{ visits: readonly StateVisit[]; scope: string }> = [{ visits: top, scope: '' }];
  for (let list = pending.pop(); list !== undefined; list = pending.pop()) {
    list.visits.forEach((visit, i) => {
      // Where it went: the Catch's target, or the state entered after it in the same scope.
      const next = visit.caughtBy?.next ?? list.visits[i + 1]?.name;
      placed.push({ visit, scope: list.scope, next: next ?? undefined });
      for (const group of visit.children) {
        const step = `${visit.name}[${group.index}]`;
        pending.push({ visits: group.visits, scope: list.scope === '' ? step : `${list.scope}/${step}` });
      }
    });
  }
  placed.sort((a, b) => a.visit.enteredEventId - b.visit.enteredEventId);
  return { visits: placed.slice(0, max).map(toIndexedVisit), total: placed.length };
}

function toIndexedVisit({ visit, scope, next }: Placed): IndexedVisit {
  const retries = Math.max(0, visit.attempts.length - 1);
  return {
    state: visit.name,
    scope,
    status: visit.status,
    retries,
    durationMs: visit.durationMs,
    ...(visit.error !== null && { error: visit.error }),
    ...(next !== undefined && { next }),
  };
}
