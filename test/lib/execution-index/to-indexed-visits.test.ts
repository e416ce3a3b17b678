import { describe, expect, it } from 'vitest';
import { toIndexedVisits } from '@/lib/execution-index/to-indexed-visits';
import type { StateVisit, VisitGroup } from '@/lib/history/types';

function visit(name: string, enteredEventId: number, extra: Partial<StateVisit> = {}): StateVisit {
  return {
    name,
    type: 'Task',
    enteredEventId,
    exitedEventId: enteredEventId + 1,
    status: 'succeeded',
    startedAt: null,
    endedAt: null,
    durationMs: 10,
    attempts: [],
    error: null,
    cause: null,
    caughtBy: null,
    evaluationFailures: [],
    mapRuns: [],
    redriveAttempt: 0,
    billableTransitions: 1,
    eventIds: [],
    children: [],
    ...extra,
  } as StateVisit;
}

const group = (index: number, visits: StateVisit[]): VisitGroup =>
  ({
    kind: 'MapIteration',
    index,
    run: 1,
    name: `${index}`,
    status: 'succeeded',
    firstEventId: 0,
    lastEventId: 0,
    startedAt: null,
    endedAt: null,
    durationMs: null,
    visits,
  }) as VisitGroup;

describe('toIndexedVisits', () => {
  it('flattens Map iterations with their scope path, in the order the visits ran, with the next state', () => {
    const inner = visit('Inner', 5, { children: [group(0, [visit('Deep', 6)])] });
    const top = [
      visit('Start', 1),
      visit('Each', 2, { type: 'Map', children: [group(1, [visit('A', 8), visit('B', 9)]), group(0, [inner])] } as Partial<StateVisit>),
      visit('Pay', 20, {
        status: 'caught',
        error: 'Declined',
        attempts: [{}, {}, {}] as StateVisit['attempts'],
        caughtBy: { error: 'Declined', cause: null, next: 'Notify', nextEnteredEventId: 30 },
      }),
      visit('Notify', 30),
    ];
    const { visits, total } = toIndexedVisits(top);
    expect(total).toBe(8);
    expect(visits.map((v) => [v.state, v.scope, v.next ?? null])).toEqual([
      ['Start', '', 'Each'],
      ['Each', '', 'Pay'],
      ['Inner', 'Each[0]', null],
      ['Deep', 'Each[0]/Inner[0]', null],
      ['A', 'Each[1]', 'B'],
      ['B', 'Each[1]', null],
      ['Pay', '', 'Notify'],
      ['Notify', '', null],
    ]);
    expect(visits[6]).toMatchObject({ status: 'caught', retries: 2, error: 'Declined', durationMs: 10 });
  });

  it('caps the list and still counts every visit', () => {
    const many = Array.from({ length: 50 }, (_, i) => visit(`S${i}`, i + 1));
    const { visits, total } = toIndexedVisits(many, 20);
    expect(visits).toHaveLength(20);
    expect(total).toBe(50);
    expect(visits[19]?.state).toBe('S19');
  });
});
