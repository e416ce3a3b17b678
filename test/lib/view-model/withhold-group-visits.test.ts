import { describe, expect, it } from 'vitest';
import { buildGanttRows } from '@/lib/view-model/build-gantt-rows';
import { indexVisits } from '@/lib/view-model/index-visits';
import { packExecutionView, unpackExecutionView } from '@/lib/view-model/pack-execution-view';
import type { ExecutionView, VisitView } from '@/lib/view-model/types';
import { countPackedVisits, visitsToKeep, withholdGroupVisits } from '@/lib/view-model/withhold-group-visits';
import { loadFixtureView } from '../../support/view-model/load-fixture-view';
import { groupView, visitView } from '../../support/view-model/visit-view';

/**
 * Map M (id 2) with iterations 0 (A, then Parallel P with branches [X] and [Y]) and 1 (B), then C:
 * 7 visits in all.
 */
function nestedView(): ExecutionView {
  const p = visitView(5, 'P', {
    type: 'Parallel',
    groups: [
      groupView(5, 0, [visitView(7, 'X')], { kind: 'ParallelBranch' }),
      groupView(5, 1, [visitView(8, 'Y')], { kind: 'ParallelBranch' }),
    ],
  });
  const m = visitView(2, 'M', {
    type: 'Map',
    groups: [groupView(2, 0, [visitView(3, 'A'), p]), groupView(2, 1, [visitView(4, 'B')], { status: 'failed' })],
  });
  return { ...loadFixtureView('order-fulfilment-succeeded'), startMs: null, visits: [m, visitView(20, 'C')] };
}

const ids = (view: ExecutionView) => indexVisits(view).ordered.map((visit) => visit.id);

describe('withholdGroupVisits', () => {
  it('counts visits at every depth', () => {
    expect(countPackedVisits(packExecutionView(nestedView()).visits)).toBe(7);
  });

  it('leaves a view under the threshold as it is', () => {
    const packed = packExecutionView(nestedView());
    expect(withholdGroupVisits(packed, [], 8)).toBe(packed);
  });

  it('leaves out every group holding none to keep, rows and visits, and says how many', () => {
    const partial = withholdGroupVisits(packExecutionView(nestedView()), [20], 7);
    expect(partial.partial).toBe(true);
    const view = unpackExecutionView(JSON.parse(JSON.stringify(partial)));
    expect(ids(view)).toEqual([2, 20]);
    expect(view.visits[0]!.groups).toEqual([]);
    // Iteration 0 holds A, P, X and Y; iteration 1 holds B.
    expect(view.visits[0]!.withheldGroups).toEqual({ groups: 2, visits: 5 });
    expect(view.visits[1]!.withheldGroups).toBeUndefined();
    expect(indexVisits(view).withheldCount).toBe(5);
  });

  it('keeps the groups on the way to a visit to keep, and leaves out the groups beside it', () => {
    const view = unpackExecutionView(withholdGroupVisits(packExecutionView(nestedView()), [7], 7));
    // Iteration 0 and P's branch 0 hold X; iteration 1 and branch 1 do not.
    expect(ids(view)).toEqual([2, 3, 5, 7, 20]);
    const [m] = view.visits;
    expect(m!.groups.map((group) => group.key)).toEqual(['2:1:0']);
    expect(m!.withheldGroups).toEqual({ groups: 1, visits: 1 });
    const p = m!.groups[0]!.visits[1]!;
    expect(p.groups.map((group) => group.key)).toEqual(['5:1:0']);
    expect(p.withheldGroups).toEqual({ groups: 1, visits: 1 });
    expect(indexVisits(view).withheldCount).toBe(2);
  });

  it('returns the view itself when every group holds a visit to keep', () => {
    const packed = packExecutionView(nestedView());
    expect(withholdGroupVisits(packed, [7, 8, 4], 7)).toBe(packed);
  });

  it('does not change the view it was given: the whole one stays cached for the view route', () => {
    const packed = packExecutionView(nestedView());
    const before = JSON.stringify(packed);
    withholdGroupVisits(packed, [], 1);
    expect(JSON.stringify(packed)).toBe(before);
  });

  it('gives the timeline the Map’s whole count, and one row for the iterations left out', () => {
    const view = unpackExecutionView(withholdGroupVisits(packExecutionView(nestedView()), [7], 7));
    const rows = buildGanttRows(view, new Set(['visit:2']), 0);
    expect(rows.map((row) => [row.key, row.kind, row.label, row.childCount])).toEqual([
      ['visit:2', 'visit', 'M', 2],
      ['2:1:0', 'group', 'Iteration 0', 2],
      ['visit:2:withheld', 'withheld', '1 more iteration', 0],
      ['visit:20', 'visit', 'C', 0],
    ]);
    const none = unpackExecutionView(withholdGroupVisits(packExecutionView(nestedView()), [], 7));
    expect(buildGanttRows(none, new Set(['visit:2']), 0).map((row) => row.label)).toEqual(['M', '2 iterations', 'C']);
  });

  it('keeps only the iterations a large Map opens on', () => {
    const work = (id: number): VisitView =>
      visitView(id, 'Work', {
        type: 'Task',
        startMs: id,
        endMs: id + 90,
        durationMs: 90,
        attempts: [{ number: 1, status: 'succeeded', startMs: id + 1, endMs: id + 80, durationMs: 79, backoffMs: null }],
        eventIds: [id, id + 1, id + 2, id + 3],
      });
    const iterations = Array.from({ length: 1_200 }, (_, i) =>
      groupView(2, i, [work(10 + i)], { startMs: 10 + i, endMs: 110 + i, durationMs: 100 }),
    );
    const view: ExecutionView = { ...nestedView(), visits: [visitView(2, 'Big', { type: 'Map', groups: iterations })] };
    const packed = packExecutionView(view);
    const partial = withholdGroupVisits(packed, [10 + 700]);
    // Without the 1,199 other iterations' rows: a twentieth of the bytes.
    expect(JSON.stringify(partial).length).toBeLessThan(JSON.stringify(packed).length / 20);
    const unpacked = unpackExecutionView(partial);
    expect(ids(unpacked)).toEqual([2, 710]);
    expect(unpacked.visits[0]!.groups.map((group) => group.index)).toEqual([700]);
    expect(unpacked.visits[0]!.withheldGroups).toEqual({ groups: 1_199, visits: 1_199 });
  });
});

describe('visitsToKeep', () => {
  it('names the visit the page opens on, the failing one with its path and cause, and each that caught an error', () => {
    const view: Pick<ExecutionView, 'caught' | 'failure'> = {
      caught: [{ state: 'Charge', visitId: 12, error: 'Declined', next: 'Refund' }],
      failure: {
        state: 'Ship',
        visitId: 40,
        error: 'Boom',
        cause: null,
        path: [
          { name: 'Start', visitId: 2, status: 'succeeded' },
          { name: 'Ship', visitId: 40, status: 'failed' },
        ],
        causedBy: { state: 'Pack', visitId: 33, caughtIn: 'Fan', error: 'Boom', cause: null },
        causeInput: { state: 'Pack', visitId: 31, text: '{}' },
      },
    };
    expect(new Set(visitsToKeep(view, 7))).toEqual(new Set([7, 12, 2, 40, 33, 31]));
    expect(visitsToKeep({ caught: [], failure: null }, null)).toEqual([]);
  });
});
