import { describe, expect, it } from 'vitest';
import { flattenVisits } from '@/lib/compare/flatten-visits';
import { groupView, visitView } from '../../support/view-model/visit-view';

describe('flattenVisits', () => {
  it('lists visits in the order they ran with scope, occurrence, graph node and next state', () => {
    const visits = [
      visitView(2, 'Fanout', {
        type: 'Parallel',
        groups: [
          groupView(2, 1, [visitView(4, 'Left')], { kind: 'ParallelBranch' }),
          groupView(2, 2, [visitView(5, 'Right')], { kind: 'ParallelBranch' }),
        ],
      }),
      visitView(9, 'Poll'),
      visitView(12, 'Poll', { caught: { error: 'Boom', next: 'Recover' } }),
      visitView(15, 'Recover'),
    ];
    expect(flattenVisits(visits).map((p) => [p.key, p.scope, p.nodeId, p.next, p.rank])).toEqual([
      ['Fanout#1', '', 'Fanout', 'Poll', 0],
      ['Fanout#1/ParallelBranch:1:1/Left#1', 'Fanout/branch 1', 'Fanout/Left', null, 1],
      ['Fanout#1/ParallelBranch:1:2/Right#1', 'Fanout/branch 2', 'Fanout/Right', null, 2],
      ['Poll#1', '', 'Poll', 'Poll', 3],
      ['Poll#2', '', 'Poll', 'Recover', 4],
      ['Recover#1', '', 'Recover', null, 5],
    ]);
  });
});
