import { describe, expect, it } from 'vitest';
import { MAX_VISIT_NESTING, groupStateVisits, type VisitNode } from '@/lib/history/group-state-visits';
import type { ExecutionEvent } from '@/lib/history/types';
import { at } from '../../support/at';
import { historyEvent as ev } from '../../support/history/history-events';

type Shape = [string, string, number[], ...unknown[]];

/** A visit as [name, type, own event ids, then its groups as [kind, index, run, depth, end event id, ...visits]]. */
function shape(v: VisitNode): Shape {
  return [
    v.name,
    v.type,
    v.events.map((e) => e.id),
    ...v.groups.map((g) => [g.kind, g.index, g.run, g.depth, g.endEvent?.id ?? null, ...g.visits.map(shape)]),
  ];
}

const started = ev(1, 0, 'ExecutionStarted', { input: '{}' });

/** A Pass state entered after `prev`: its entered and exited events. */
const pass = (id: number, prev: number, name: string): ExecutionEvent[] => [
  ev(id, prev, 'PassStateEntered', { name }),
  ev(id + 1, id, 'PassStateExited', { name }),
];

describe('groupStateVisits', () => {
  it('groups a sequence of states, each with its own events, and indexes events and owners', () => {
    const events = [
      started,
      ...pass(2, 1, 'A'),
      ev(4, 3, 'TaskStateEntered', { name: 'B' }),
      ev(5, 4, 'TaskScheduled', { resource: 'invoke' }),
      ev(6, 5, 'TaskStarted'),
      ev(7, 6, 'TaskSucceeded', { output: '{}' }),
      ev(8, 7, 'TaskStateExited', { name: 'B' }),
      ev(9, 8, 'ExecutionSucceeded', { output: '{}' }),
    ];
    const g = groupStateVisits(events);
    expect(g.roots.map(shape)).toEqual([
      ['A', 'Pass', [2, 3]],
      ['B', 'Task', [4, 5, 6, 7, 8]],
    ]);
    expect(g.all).toEqual(g.roots);
    expect(g.roots.every((v) => v.closed && v.parent === null && v.redriveAttempt === 0)).toBe(true);
    expect(g.ownerOf(6)?.name).toBe('B');
    expect(g.ownerOf(1)).toBeUndefined();
    expect(g.ownerOf(9)).toBeUndefined();
    expect(g.eventById(5)).toBe(events[4]);
    expect(g.eventById(42)).toBeUndefined();
    expect([...g.enteredAfter].map(([exited, visit]) => [exited, visit.name])).toEqual([[3, 'B']]);
    expect({ unplaced: g.unplaced, missingLinks: g.missingLinks, flattened: g.flattened }).toEqual({
      unplaced: [],
      missingLinks: 0,
      flattened: 0,
    });
  });

  it('gives nothing for no events', () => {
    const g = groupStateVisits([]);
    expect({ roots: g.roots, all: g.all, unplaced: g.unplaced, missingLinks: g.missingLinks }).toEqual({
      roots: [],
      all: [],
      unplaced: [],
      missingLinks: 0,
    });
  });

  it('places interleaved Map iterations by their previousEventId chains, not by list position', () => {
    const events = [
      started,
      ev(2, 1, 'MapStateEntered', { name: 'M' }),
      ev(3, 2, 'MapStateStarted', { length: 2 }),
      ev(4, 3, 'MapIterationStarted', { name: 'M', index: 0 }),
      ev(5, 3, 'MapIterationStarted', { name: 'M', index: 1 }),
      ev(6, 5, 'PassStateEntered', { name: 'Item' }),
      ev(7, 4, 'PassStateEntered', { name: 'Item' }),
      ev(8, 7, 'PassStateExited', { name: 'Item' }),
      ev(9, 6, 'PassStateExited', { name: 'Item' }),
      ev(10, 9, 'MapIterationSucceeded', { name: 'M', index: 1 }),
      ev(11, 8, 'MapIterationSucceeded', { name: 'M', index: 0 }),
      ev(12, 11, 'MapStateSucceeded'),
      ev(13, 12, 'MapStateExited', { name: 'M' }),
    ];
    const g = groupStateVisits(events);
    expect(g.roots.map(shape)).toEqual([
      [
        'M',
        'Map',
        [2, 3, 4, 5, 10, 11, 12, 13],
        ['MapIteration', 0, 1, 1, 11, ['Item', 'Pass', [7, 8]]],
        ['MapIteration', 1, 1, 1, 10, ['Item', 'Pass', [6, 9]]],
      ],
    ]);
    expect(g.all.map((v) => v.entered.id)).toEqual([2, 6, 7]);
    const inner = at(g.all, 1);
    expect(inner.parent?.owner).toBe(at(g.roots, 0));
    expect(g.ownerOf(9)).toBe(inner);
  });

  it('numbers Map iterations without an index in order within the run, and starts over on a retried run', () => {
    const events = [
      started,
      ev(2, 1, 'MapStateEntered', { name: 'M' }),
      ev(3, 2, 'MapStateStarted'),
      ev(4, 3, 'MapIterationStarted', { name: 'M' }),
      ev(5, 3, 'MapIterationStarted', { name: 'M' }),
      ev(6, 5, 'MapIterationFailed', { name: 'M' }),
      ev(7, 6, 'MapStateStarted'),
      ev(8, 7, 'MapIterationStarted', { name: 'M' }),
      ev(9, 8, 'PassStateEntered', { name: 'Retried' }),
    ];
    const [map] = groupStateVisits(events).roots;
    expect(map?.runs).toBe(2);
    expect(map?.groups.map((gr) => [gr.index, gr.run, gr.endEvent?.id ?? null, gr.visits.map((v) => v.name)])).toEqual([
      [0, 1, null, []],
      [1, 1, 6, []],
      [0, 2, null, ['Retried']],
    ]);
  });

  it('opens one Parallel branch per state entered straight from ParallelStateStarted, numbered in order', () => {
    const events = [
      started,
      ev(2, 1, 'ParallelStateEntered', { name: 'P' }),
      ev(3, 2, 'ParallelStateStarted'),
      ev(4, 3, 'PassStateEntered', { name: 'Left' }),
      ev(5, 3, 'WaitStateEntered', { name: 'Right' }),
      ev(6, 4, 'PassStateExited', { name: 'Left' }),
      ev(7, 6, 'PassStateEntered', { name: 'Left2' }),
      ev(8, 5, 'WaitStateExited', { name: 'Right' }),
      ev(9, 7, 'PassStateExited', { name: 'Left2' }),
      ev(10, 9, 'ParallelStateSucceeded'),
      ev(11, 10, 'ParallelStateExited', { name: 'P' }),
    ];
    const g = groupStateVisits(events);
    expect(g.roots.map(shape)).toEqual([
      [
        'P',
        'Parallel',
        [2, 3, 10, 11],
        ['ParallelBranch', 0, 1, 1, null, ['Left', 'Pass', [4, 6]], ['Left2', 'Pass', [7, 9]]],
        ['ParallelBranch', 1, 1, 1, null, ['Right', 'Wait', [5, 8]]],
      ],
    ]);
    expect(g.enteredAfter.get(6)?.name).toBe('Left2');
  });

  it('gives a state nested in two Map levels a group of depth 2', () => {
    const events = [
      started,
      ev(2, 1, 'MapStateEntered', { name: 'Outer' }),
      ev(3, 2, 'MapStateStarted'),
      ev(4, 3, 'MapIterationStarted', { name: 'Outer', index: 0 }),
      ev(5, 4, 'MapStateEntered', { name: 'Inner' }),
      ev(6, 5, 'MapStateStarted'),
      ev(7, 6, 'MapIterationStarted', { name: 'Inner', index: 0 }),
      ev(8, 7, 'PassStateEntered', { name: 'Leaf' }),
    ];
    const leaf = at(groupStateVisits(events).all, 2);
    expect(leaf.name).toBe('Leaf');
    expect(leaf.parent?.depth).toBe(2);
    expect(leaf.parent?.owner.name).toBe('Inner');
    expect(leaf.parent?.owner.parent?.owner.name).toBe('Outer');
  });

  it(`places states nested deeper than ${MAX_VISIT_NESTING} Map levels at that level, and counts them`, () => {
    const events: ExecutionEvent[] = [started];
    let prev = 1;
    for (let level = 1; level <= MAX_VISIT_NESTING + 1; level++) {
      const id = events.length + 1;
      events.push(
        ev(id, prev, 'MapStateEntered', { name: `M${level}` }),
        ev(id + 1, id, 'MapStateStarted'),
        ev(id + 2, id + 1, 'MapIterationStarted', { name: `M${level}`, index: 0 }),
      );
      prev = id + 2;
    }
    events.push(ev(events.length + 1, prev, 'PassStateEntered', { name: 'Deepest' }));
    const g = groupStateVisits(events);
    const deepest = at(g.all, -1);
    expect(MAX_VISIT_NESTING).toBe(100);
    expect(g.flattened).toBe(1);
    expect(deepest.parent?.depth).toBe(MAX_VISIT_NESTING);
    expect(deepest.parent?.owner.name).toBe(`M${MAX_VISIT_NESTING}`);
    expect(at(g.all, -2).parent?.depth).toBe(MAX_VISIT_NESTING);
  });

  it('closes a Fail state on entry (it has no Exited event)', () => {
    const [fail] = groupStateVisits([started, ev(2, 1, 'FailStateEntered', { name: 'Stop' })]).roots;
    expect(fail).toMatchObject({ name: 'Stop', type: 'Fail', closed: true });
  });

  it('leaves a visit open until its Exited event or an abort', () => {
    const g = groupStateVisits([
      started,
      ev(2, 1, 'TaskStateEntered', { name: 'T' }),
      ev(3, 2, 'TaskScheduled'),
      ev(4, 1, 'WaitStateEntered', { name: 'W' }),
      ev(5, 4, 'WaitStateAborted'),
    ]);
    expect(g.all.map((v) => [v.name, v.closed])).toEqual([
      ['T', false],
      ['W', true],
    ]);
  });

  it('gives visits after the n-th ExecutionRedriven redrive attempt n', () => {
    const events = [
      started,
      ev(2, 1, 'TaskStateEntered', { name: 'T' }),
      ev(3, 2, 'ExecutionFailed'),
      ev(4, 3, 'ExecutionRedriven'),
      ev(5, 4, 'TaskStateEntered', { name: 'T' }),
    ];
    expect(groupStateVisits(events).all.map((v) => v.redriveAttempt)).toEqual([0, 1]);
  });

  it('lists a state event no open visit can own as unplaced', () => {
    const g = groupStateVisits([started, ...pass(2, 1, 'A'), ev(4, 3, 'TaskSucceeded'), ev(5, 4, 'PassStateExited', { name: 'A' })]);
    expect(g.unplaced.map((e) => e.id)).toEqual([4, 5]);
  });

  it('gives an event to the open visit its chain leads to, by state type and name', () => {
    const events = [
      started,
      ev(2, 1, 'ParallelStateEntered', { name: 'P' }),
      ev(3, 2, 'ParallelStateStarted'),
      ev(4, 3, 'TaskStateEntered', { name: 'T1' }),
      ev(5, 3, 'TaskStateEntered', { name: 'T2' }),
      ev(6, 5, 'TaskScheduled'),
      ev(7, 4, 'TaskScheduled'),
      // A failed branch fails the Parallel state: its chain climbs out of the branch to P.
      ev(8, 6, 'ParallelStateFailed', { error: 'E' }),
    ];
    const g = groupStateVisits(events);
    expect([6, 7, 8].map((id) => g.ownerOf(id)?.name)).toEqual(['T2', 'T1', 'P']);
  });

  it("finds the owner of an EvaluationFailed that points at the previous state's exit, by the state it names", () => {
    const events = [
      started,
      ...pass(2, 1, 'A'),
      ev(4, 3, 'TaskStateEntered', { name: 'T' }),
      ev(5, 3, 'EvaluationFailed', { state: 'T', error: 'States.QueryEvaluationError' }),
    ];
    expect(groupStateVisits(events).ownerOf(5)?.name).toBe('T');
  });

  it('counts events whose previous event is not in the history', () => {
    const g = groupStateVisits([
      ev(5, 4, 'PassStateEntered', { name: 'A' }),
      ev(6, 5, 'PassStateExited', { name: 'A' }),
      ev(7, 1, 'ExecutionSucceeded'),
    ]);
    expect(g.missingLinks).toBe(2);
    expect(g.roots.map(shape)).toEqual([['A', 'Pass', [5, 6]]]);
  });

  it('keeps events of unknown type with the visit their chain leads to', () => {
    const events = [
      started,
      ev(2, 1, 'TaskStateEntered', { name: 'T' }),
      ev(3, 2, 'TaskRewound', { to: 1 }),
      ev(4, 3, 'TaskScheduled'),
      ev(5, 99, 'OtherNewThing'),
    ];
    const g = groupStateVisits(events);
    expect(g.roots.map(shape)).toEqual([['T', 'Task', [2, 3, 4]]]);
    expect(g.ownerOf(5)).toBeUndefined();
    expect(g.unplaced).toEqual([]);
  });

  it('remembers only the first state entered after an exit', () => {
    const events = [started, ...pass(2, 1, 'A'), ev(4, 3, 'PassStateEntered', { name: 'B' }), ev(5, 3, 'PassStateEntered', { name: 'C' })];
    expect(groupStateVisits(events).enteredAfter.get(3)?.name).toBe('B');
  });
});
