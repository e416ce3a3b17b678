import { describe, expect, it } from 'vitest';
import { containingGroupKeys, indexVisits } from '@/lib/view-model/index-visits';
import { loadFixtureView } from '../../support/view-model/load-fixture-view';
import { groupView, visitView } from '../../support/view-model/visit-view';

/**
 * Map M (id 2) with iterations 0 (A, then Parallel P with branches [X] and [Y]) and 1 (B), then C.
 * Ids are entered event ids, so not in page order everywhere (B ran before P's branches).
 */
function nestedView() {
  const x = visitView(7, 'X');
  const y = visitView(8, 'Y');
  const p = visitView(5, 'P', {
    type: 'Parallel',
    groups: [groupView(5, 0, [x], { kind: 'ParallelBranch' }), groupView(5, 1, [y], { kind: 'ParallelBranch' })],
  });
  const a = visitView(3, 'A');
  const b = visitView(4, 'B');
  const m = visitView(2, 'M', { type: 'Map', groups: [groupView(2, 0, [a, p]), groupView(2, 1, [b])] });
  const c = visitView(20, 'C');
  return { view: { visits: [m, c] }, m, a, p, x, y, b, c };
}

describe('indexVisits', () => {
  it('is empty for no visits', () => {
    expect(indexVisits({ visits: [] })).toEqual({
      byId: new Map(),
      groupOf: new Map(),
      ownerOfGroup: new Map(),
      ordered: [],
      withheldCount: 0,
    });
  });

  it('finds every visit by id, nested ones included', () => {
    const { view, m, a, p, x, y, b, c } = nestedView();
    const index = indexVisits(view);
    expect([...index.byId].map(([id, v]) => [id, v])).toEqual([
      [2, m],
      [3, a],
      [5, p],
      [7, x],
      [8, y],
      [4, b],
      [20, c],
    ]);
  });

  it('orders visits depth first, as the page lists them', () => {
    const { view } = nestedView();
    expect(indexVisits(view).ordered.map((v) => v.name)).toEqual(['M', 'A', 'P', 'X', 'Y', 'B', 'C']);
  });

  it('knows the group each nested visit ran in and the visit that owns each group', () => {
    const { view, m, p } = nestedView();
    const index = indexVisits(view);
    expect([...index.groupOf].map(([id, g]) => [id, g.key])).toEqual([
      [3, '2:1:0'],
      [5, '2:1:0'],
      [7, '5:1:0'],
      [8, '5:1:1'],
      [4, '2:1:1'],
    ]);
    expect(index.groupOf.has(2)).toBe(false);
    expect(index.groupOf.has(20)).toBe(false);
    expect([...index.ownerOfGroup].map(([key, v]) => [key, v])).toEqual([
      ['2:1:0', m],
      ['5:1:0', p],
      ['5:1:1', p],
      ['2:1:1', m],
    ]);
  });
});

describe('containingGroupKeys', () => {
  it('lists what must be expanded to show a visit, outermost first: each owner visit, then its group', () => {
    const { view } = nestedView();
    const index = indexVisits(view);
    expect(containingGroupKeys(index, 8)).toEqual(['visit:2', '2:1:0', 'visit:5', '5:1:1']);
    expect(containingGroupKeys(index, 4)).toEqual(['visit:2', '2:1:1']);
  });

  it('is empty for a top-level visit and for an id that is no visit', () => {
    const index = indexVisits(nestedView().view);
    expect(containingGroupKeys(index, 2)).toEqual([]);
    expect(containingGroupKeys(index, 999)).toEqual([]);
  });

  it('names the Map iteration of a visit in a reconstructed history', () => {
    const index = indexVisits(loadFixtureView('order-fulfilment-succeeded'));
    expect(containingGroupKeys(index, 8)).toEqual(['visit:2', '2:1:1']);
    expect(containingGroupKeys(index, 30)).toEqual(['visit:27', '27:1:1']);
  });
});
