import type { VisitView } from './types';

/** Event id → the visit that owns it (a nested visit over the one that contains it). */
export function mapEventsToOwningVisits(visits: readonly VisitView[]): Map<number, VisitView> {
  const owner = new Map<number, VisitView>();
  const walk = (list: readonly VisitView[]) => {
    for (const visit of list) {
      for (const eventId of visit.eventIds) owner.set(eventId, visit);
      for (const group of visit.groups) walk(group.visits);
    }
  };
  walk(visits);
  return owner;
}

/** Event id → the id of the visit that owns it, so each raw event can link to its visit. */
export function mapEventsToVisits(visits: readonly VisitView[]): Map<number, number> {
  return new Map([...mapEventsToOwningVisits(visits)].map(([eventId, visit]) => [eventId, visit.id]));
}
