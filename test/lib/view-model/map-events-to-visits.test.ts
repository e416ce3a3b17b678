import { describe, expect, it } from 'vitest';
import { mapEventsToOwningVisits, mapEventsToVisits } from '@/lib/view-model/map-events-to-visits';
import { loadFixtureView } from '../../support/view-model/load-fixture-view';
import { groupView, visitView } from '../../support/view-model/visit-view';

describe('mapEventsToOwningVisits', () => {
  it('is empty for no visits', () => {
    expect(mapEventsToOwningVisits([]).size).toBe(0);
  });

  it("maps each of a visit's own events to it, nested visits included", () => {
    const inner = visitView(5, 'Inner', { eventIds: [5, 7, 8] });
    const map = visitView(2, 'M', { type: 'Map', eventIds: [2, 3, 4, 9, 10], groups: [groupView(2, 0, [inner])] });
    const after = visitView(11, 'After', { eventIds: [11, 12] });
    const owners = mapEventsToOwningVisits([map, after]);
    expect([...owners].map(([eventId, v]) => [eventId, v.name]).sort((p, q) => Number(p[0]) - Number(q[0]))).toEqual([
      [2, 'M'],
      [3, 'M'],
      [4, 'M'],
      [5, 'Inner'],
      [7, 'Inner'],
      [8, 'Inner'],
      [9, 'M'],
      [10, 'M'],
      [11, 'After'],
      [12, 'After'],
    ]);
    expect(owners.get(7)).toBe(inner);
  });

  it('gives an event listed by both a container and a visit inside it to the nested visit', () => {
    const inner = visitView(5, 'Inner', { eventIds: [5, 6] });
    const map = visitView(2, 'M', { type: 'Map', eventIds: [2, 6], groups: [groupView(2, 0, [inner])] });
    expect(mapEventsToOwningVisits([map]).get(6)).toBe(inner);
  });
});

describe('mapEventsToVisits', () => {
  it('maps event ids to visit ids in a reconstructed history, leaving execution events out', () => {
    const byEvent = mapEventsToVisits(loadFixtureView('order-fulfilment-succeeded').visits);
    expect([1, 3, 10, 16, 18, 28, 35, 40].map((id) => byEvent.get(id) ?? null)).toEqual([null, 2, 7, 9, 2, 27, 30, 27]);
  });

  it('is empty for no visits', () => {
    expect(mapEventsToVisits([])).toEqual(new Map());
  });
});
