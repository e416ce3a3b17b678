import { describe, expect, it } from 'vitest';
import { inferGraphModel } from '@/lib/graph/infer-graph-model';
import { nodeIdForVisit } from '@/lib/graph/node-id-for-visit';
import { indexVisits } from '@/lib/view-model/index-visits';
import { loadFixtureView } from '../../support/view-model/load-fixture-view';
import { groupView, visitView } from '../../support/view-model/visit-view';

/** Parallel P (2) whose branch 1 runs Map M (5), whose iteration runs Leaf (8); then Last (20). */
function nested() {
  const leaf = visitView(8, 'Leaf');
  const map = visitView(5, 'M', { type: 'Map', groups: [groupView(5, 0, [leaf])] });
  const parallel = visitView(2, 'P', {
    type: 'Parallel',
    groups: [groupView(2, 0, [visitView(3, 'Other')], { kind: 'ParallelBranch' }), groupView(2, 1, [map], { kind: 'ParallelBranch' })],
  });
  return indexVisits({ visits: [parallel, visitView(20, 'Last')] });
}

describe('nodeIdForVisit', () => {
  it("is a top-level visit's state name", () => {
    expect(nodeIdForVisit(nested(), 20)).toBe('Last');
    expect(nodeIdForVisit(nested(), 2)).toBe('P');
  });

  it('puts the names of the Map and Parallel states around a visit before its own', () => {
    const index = nested();
    expect(nodeIdForVisit(index, 8)).toBe('P/M/Leaf');
    expect(nodeIdForVisit(index, 5)).toBe('P/M');
    expect(nodeIdForVisit(index, 3)).toBe('P/Other');
  });

  it('is null for an id that is no visit', () => {
    expect(nodeIdForVisit(nested(), 4)).toBeNull();
    expect(nodeIdForVisit(indexVisits({ visits: [] }), 1)).toBeNull();
  });

  it('names a node of the graph drawn from the same visits, for every visit', () => {
    const view = loadFixtureView('order-fulfilment-succeeded');
    const index = indexVisits(view);
    const nodeIds = new Set(inferGraphModel(view.visits, view.status).nodes.map((n) => n.id));
    const ids = index.ordered.map((v) => nodeIdForVisit(index, v.id));
    expect(ids).toEqual([
      'ReserveItems',
      'ReserveItems/ReserveStock',
      'ReserveItems/ReserveStock',
      'ReserveItems/ReserveStock',
      'ShipAndNotify',
      'ShipAndNotify/CreateShipment',
      'ShipAndNotify/EmailCustomer',
    ]);
    for (const id of ids) expect(nodeIds.has(id ?? '')).toBe(true);
  });
});
