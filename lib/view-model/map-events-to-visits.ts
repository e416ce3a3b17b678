import type { VisitView } from './types';

/** Event id → the id of the visit that owns it, so each raw event can link to its visit. */
export function mapEventsToVisits(visits: readonly VisitView[]): Map<number, number> {
  const owner = new Map<number, number>();
  const walk = (list: readonly VisitView[]) => {
    for (const visit of list) {
      for (const eventId of visit.eventIds) owner.set(eventId, visit.id);
      for (const group of visit.groups) walk(group.visits);
    }
  };
  walk(visits);
  return owner;
}
