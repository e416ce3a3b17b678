import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildExecutionTimeline } from '@/lib/history/build-execution-timeline';
import { HISTORY_EVENT_TYPES } from '@/lib/history/history-event-types';
import { parseHistoryDocument } from '@/lib/history/parse-history-document';
import { toTimelineDocument } from '@/lib/history/to-timeline-document';
import type { ExecutionTimeline, StateVisit } from '@/lib/history/types';
import { HISTORY_GENERATORS, type RawEvent } from '../../support/history/generated-history';

function timelineOf(events: unknown[]): ExecutionTimeline {
  return buildExecutionTimeline(parseHistoryDocument(events, 'generated').events);
}

/** Every visit in the tree with the entered event id of the Map/Parallel visit that contains it. */
function flatten(visits: StateVisit[], container = 0, out: { visit: StateVisit; container: number }[] = []) {
  for (const visit of visits) {
    out.push({ visit, container });
    for (const group of visit.children) flatten(group.visits, visit.enteredEventId, out);
  }
  return out;
}

const shuffled = <T>(items: T[], keys: number[]): T[] =>
  items
    .map((item, i) => ({ item, key: keys[i % Math.max(1, keys.length)] ?? 0, i }))
    .sort((a, b) => a.key - b.key || a.i - b.i)
    .map((x) => x.item);

describe.each(HISTORY_GENERATORS)('reconstruction of $name', ({ arbitrary }) => {
  it('puts every *StateEntered event in exactly one visit, inside the Map or Parallel visit that ran it', () => {
    fc.assert(
      fc.property(arbitrary, ({ events, containerOf }) => {
        const timeline = timelineOf(events);
        const visits = flatten(timeline.visits);
        const entered = events.filter((e) => e.type.endsWith('StateEntered')).map((e) => e.id);
        expect(visits.map((v) => v.visit.enteredEventId).sort((a, b) => a - b)).toEqual(entered);
        if (containerOf) {
          for (const { visit, container } of visits) expect(container).toBe(containerOf.get(visit.enteredEventId));
        }
        const owned = visits.flatMap((v) => v.visit.eventIds);
        expect(new Set(owned).size).toBe(owned.length);
      }),
      { numRuns: 200 },
    );
  });

  it('gives the same timeline for reversed, shuffled and paged input', () => {
    fc.assert(
      fc.property(
        arbitrary,
        fc.array(fc.integer(), { minLength: 1, maxLength: 50 }),
        fc.integer({ min: 1, max: 7 }),
        ({ events }, keys, pageSize) => {
          const expected = JSON.stringify(toTimelineDocument(timelineOf(events)));
          expect(JSON.stringify(toTimelineDocument(timelineOf([...events].reverse())))).toBe(expected);
          expect(JSON.stringify(toTimelineDocument(timelineOf(shuffled(events, keys))))).toBe(expected);
          // Pages arrive in any order and may overlap by one event (a re-fetched page boundary).
          const pages: RawEvent[][] = [];
          for (let i = 0; i < events.length; i += pageSize) pages.push(events.slice(Math.max(0, i - 1), i + pageSize));
          expect(JSON.stringify(toTimelineDocument(timelineOf(shuffled(pages, keys).flat())))).toBe(expected);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('agrees with the terminal event on status and counts transitions within AWS rules', () => {
    fc.assert(
      fc.property(arbitrary, ({ events }) => {
        const timeline = timelineOf(events);
        const last = events[events.length - 1]!;
        const terminal: Record<string, string> = { ExecutionSucceeded: 'SUCCEEDED', ExecutionFailed: 'FAILED' };
        expect(timeline.status).toBe(terminal[last.type] ?? 'RUNNING');
        expect(timeline.partial).toBe(!terminal[last.type]);
        const entered = events.filter((e) => e.type.endsWith('StateEntered')).length;
        const scheduled = events.filter((e) => e.type === 'TaskScheduled').length;
        expect(timeline.transitions.total).toBeGreaterThanOrEqual(entered);
        expect(timeline.transitions.total).toBeLessThanOrEqual(entered + scheduled);
        if (timeline.status === 'FAILED') {
          const path = timeline.failure.failurePath;
          expect(path.length).toBeGreaterThan(0);
          expect(path[path.length - 1]!.status).toMatch(/failed|timed_out/);
        }
      }),
      { numRuns: 200 },
    );
  });
});

const eventTypeArbitrary = fc.oneof(fc.constantFrom(...HISTORY_EVENT_TYPES), fc.constantFrom('StateMachineRewound', 'X'));
const nameArbitrary = fc.constantFrom('A', 'B', 'Map', 'P');
const arbitraryEvent = fc
  .record({
    id: fc.integer({ min: 1, max: 60 }),
    previousEventId: fc.integer({ min: 0, max: 60 }),
    type: eventTypeArbitrary,
    name: nameArbitrary,
    index: fc.integer({ min: 0, max: 3 }),
    withDetails: fc.boolean(),
  })
  .map(({ id, previousEventId, type, name, index, withDetails }) => {
    const key = type.endsWith('StateEntered')
      ? 'stateEnteredEventDetails'
      : type.endsWith('StateExited')
        ? 'stateExitedEventDetails'
        : `${type[0]!.toLowerCase()}${type.slice(1)}EventDetails`;
    const needsName = type.endsWith('StateEntered') || type.endsWith('StateExited');
    const event: Record<string, unknown> = { id, previousEventId, type, timestamp: new Date(Date.UTC(2026, 0, 1) + id * 1000) };
    if (withDetails || needsName) event[key] = { name, index, state: name, error: 'E', output: '{"x":1}' };
    return event;
  });

describe('reconstruction of arbitrary event lists', () => {
  it('never throws, and still puts every entered event in exactly one visit', () => {
    fc.assert(
      fc.property(fc.array(arbitraryEvent, { maxLength: 80 }), (events) => {
        const timeline = timelineOf(events);
        const firstById = new Map<number, unknown>();
        for (const e of [...events].sort((a, b) => (a.id as number) - (b.id as number)))
          if (!firstById.has(e.id as number)) firstById.set(e.id as number, e);
        const entered = [...firstById.values()]
          .filter(
            (e) =>
              String((e as { type: string }).type).endsWith('StateEntered') && HISTORY_EVENT_TYPES.includes((e as { type: never }).type),
          )
          .map((e) => (e as { id: number }).id);
        const visitIds = flatten(timeline.visits).map((v) => v.visit.enteredEventId);
        expect(new Set(visitIds).size).toBe(visitIds.length);
        expect([...visitIds].sort((a, b) => a - b)).toEqual([...new Set(entered)].sort((a, b) => a - b));
        expect(() => JSON.stringify(toTimelineDocument(timeline))).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });
});
