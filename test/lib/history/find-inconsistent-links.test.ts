import { describe, expect, it } from 'vitest';
import { findInconsistentLinks } from '@/lib/history/find-inconsistent-links';
import { historyEvent } from '../../support/history/history-events';

/** Events with the given [id, previousEventId] links (Pass state entries), and what the module is given. */
function links(pairs: [number, number][], type = 'PassStateEntered') {
  const events = pairs.map(([id, prev]) => historyEvent(id, prev, type, { name: 'S' })).sort((a, b) => a.id - b.id);
  const byId = new Map(events.map((e) => [e.id, e]));
  return findInconsistentLinks(events, (id) => byId.get(id));
}

const chain = (n: number): [number, number][] => Array.from({ length: n }, (_, i) => [i + 1, i]);

describe('findInconsistentLinks', () => {
  it('finds nothing in a history whose links all point back', () => {
    expect(links(chain(20))).toEqual([]);
    expect(links([])).toEqual([]);
  });

  it('leaves links to events that are not in the history to others (missing events, not inconsistent)', () => {
    expect(
      links([
        [1, 0],
        [2, 99],
      ]),
    ).toEqual([]);
  });

  it('names an event that names itself', () => {
    expect(
      links([
        [1, 0],
        [2, 2],
        [3, 2],
      ]),
    ).toEqual(['event 2 (PassStateEntered) names itself as its previous event']);
  });

  it('names the type as the source wrote it, for unknown types too', () => {
    const event = historyEvent(1, 1, 'StateMachineRewound');
    expect(findInconsistentLinks([event], () => event)).toEqual(['event 1 (StateMachineRewound) names itself as its previous event']);
  });

  it('names an event that names a later one', () => {
    expect(
      links([
        [1, 0],
        [2, 4],
        [3, 1],
        [4, 3],
      ]),
    ).toEqual(['event 2 (PassStateEntered) names a later event, 4, as its previous event']);
  });

  it('names a loop once, as a loop, not as its forward link', () => {
    expect(
      links([
        [1, 0],
        [2, 3],
        [3, 2],
      ]),
    ).toEqual(['previousEventId links form a loop: events 2 → 3 → 2']);
  });

  it('lists a loop from its smallest id whichever event it was reached from, and the link that led into it', () => {
    // 2 → 9 leads into the loop 9 → 7 → 5 → 9 at 9.
    expect(
      links([
        [1, 0],
        [2, 9],
        [5, 9],
        [7, 5],
        [9, 7],
      ]),
    ).toEqual([
      'previousEventId links form a loop: events 5 → 9 → 7 → 5',
      'event 2 (PassStateEntered) names a later event, 9, as its previous event',
    ]);
  });

  it('lists a loop of 6 events in full', () => {
    expect(
      links([
        [1, 6],
        [2, 1],
        [3, 2],
        [4, 3],
        [5, 4],
        [6, 5],
      ]),
    ).toEqual(['previousEventId links form a loop: events 1 → 6 → 5 → 4 → 3 → 2 → 1']);
  });

  it('shortens a longer loop to its first 6 events and says how many there are', () => {
    const pairs: [number, number][] = [[1, 8], ...chain(8).slice(1)];
    expect(links(pairs)).toEqual(['previousEventId links form a loop: events 1 → 8 → 7 → 6 → 5 → 4 → … → 1 (8 events)']);
  });

  it('names each of several problems: self links first, then loops, then forward links', () => {
    expect(
      links([
        [1, 0],
        [2, 2],
        [3, 4],
        [4, 3],
        [5, 7],
        [6, 1],
        [7, 6],
        [8, 8],
      ]),
    ).toEqual([
      'event 2 (PassStateEntered) names itself as its previous event',
      'event 8 (PassStateEntered) names itself as its previous event',
      'previousEventId links form a loop: events 3 → 4 → 3',
      'event 5 (PassStateEntered) names a later event, 7, as its previous event',
    ]);
  });

  it('does not call a chain that ends in a self link a loop', () => {
    expect(
      links([
        [1, 3],
        [2, 2],
        [3, 2],
      ]),
    ).toEqual([
      'event 2 (PassStateEntered) names itself as its previous event',
      'event 1 (PassStateEntered) names a later event, 3, as its previous event',
    ]);
  });

  it('walks each event once: many forward links into one long chain cost linear lookups, not quadratic', () => {
    const n = 2_000;
    // Events n+1 … 2n form a chain back to the start; events 1 … n each name its top, 2n.
    const events = [
      ...Array.from({ length: n }, (_, i) => historyEvent(i + 1, 2 * n, 'PassStateEntered', { name: 'S' })),
      ...chain(n).map(([id, prev]) => historyEvent(n + id, prev && n + prev, 'PassStateEntered', { name: 'S' })),
    ];
    const byId = new Map(events.map((e) => [e.id, e]));
    let lookups = 0;
    const problems = findInconsistentLinks(events, (id) => (lookups++, byId.get(id)));
    expect(problems).toHaveLength(n);
    expect(problems[n - 1]).toBe(`event ${n} (PassStateEntered) names a later event, ${2 * n}, as its previous event`);
    expect(lookups).toBeLessThanOrEqual(4 * n);
  });
});
