import { describe, expect, it } from 'vitest';
import { MAX_LISTED_GROUPS, compareGroups } from '@/lib/compare/compare-groups';
import { groupView, visitView } from '../../support/view-model/visit-view';

const map = (n: number, failed: (i: number) => boolean) =>
  visitView(2, 'Items', {
    type: 'Map',
    groups: Array.from({ length: n }, (_, i) => groupView(2, i, [], { status: failed(i) ? 'failed' : 'succeeded' })),
  });

describe('compareGroups', () => {
  it('counts each side and lists the indexes that ended differently, at most MAX_LISTED_GROUPS', () => {
    const groups = compareGroups(
      map(300, (i) => i % 2 === 0),
      map(300, () => false),
    );
    expect(groups).toMatchObject({
      kind: 'MapIteration',
      a: { total: 300, failed: 150 },
      b: { total: 300, failed: 0 },
      differingCount: 150,
    });
    expect(groups?.differing).toHaveLength(MAX_LISTED_GROUPS);
    expect(groups?.differing.slice(0, 3)).toEqual([0, 2, 4]);
  });

  it('is undefined for states without iterations or branches', () => {
    expect(compareGroups(visitView(2, 'Pass'), null)).toBeUndefined();
  });
});
