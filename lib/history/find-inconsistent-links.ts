import type { ExecutionEvent } from './types';

/** How many ids of a loop a message lists before it shortens. */
const LOOP_IDS_SHOWN = 6;

/**
 * previousEventId links Step Functions never writes (it only names an earlier event): an event
 * naming itself, events whose links loop, an event naming a later one. Grouping survives them (it
 * reads events in id order), but the chains it follows then tell a wrong story, so each is named.
 * `events` are in id order without repeats; O(n): each event is walked at most once.
 */
export function findInconsistentLinks(events: readonly ExecutionEvent[], eventById: (id: number) => ExecutionEvent | undefined): string[] {
  const problems: string[] = [];
  const forward: ExecutionEvent[] = [];
  for (const e of events) {
    if (e.previousEventId === e.id) problems.push(`event ${e.id} (${e.rawType}) names itself as its previous event`);
    else if (e.previousEventId > e.id && eventById(e.previousEventId)) forward.push(e);
  }
  if (forward.length === 0) return problems;

  // Links that only point back cannot loop, so every loop passes through a forward link: walking
  // from those alone finds them all. `walkOf` marks each event with the walk that reached it first.
  const walkOf = new Map<number, number>();
  const inLoop = new Set<number>();
  forward.forEach((start, walk) => {
    let e: ExecutionEvent | undefined = start;
    while (e && !walkOf.has(e.id)) {
      walkOf.set(e.id, walk);
      e = e.previousEventId > 0 && e.previousEventId !== e.id ? eventById(e.previousEventId) : undefined;
    }
    if (!e || walkOf.get(e.id) !== walk || inLoop.has(e.id)) return;
    // This walk came back to an event it passed: the events from there on form a loop.
    const loop: number[] = [];
    for (let at: ExecutionEvent | undefined = e; at && !inLoop.has(at.id); at = eventById(at.previousEventId)) {
      inLoop.add(at.id);
      loop.push(at.id);
    }
    // Listed from its smallest id, so the same loop reads the same whichever event it was found from.
    let first = 0;
    let smallest = Infinity;
    for (const [i, id] of loop.entries()) {
      if (id < smallest) {
        smallest = id;
        first = i;
      }
    }
    const ordered = [...loop.slice(first), ...loop.slice(0, first)];
    const shown = ordered.length > LOOP_IDS_SHOWN ? [...ordered.slice(0, LOOP_IDS_SHOWN), '…'] : ordered;
    problems.push(
      `previousEventId links form a loop: events ${[...shown, ordered[0]].join(' → ')}${ordered.length > LOOP_IDS_SHOWN ? ` (${ordered.length} events)` : ''}`,
    );
  });
  for (const e of forward) {
    if (!inLoop.has(e.id)) problems.push(`event ${e.id} (${e.rawType}) names a later event, ${e.previousEventId}, as its previous event`);
  }
  return problems;
}
