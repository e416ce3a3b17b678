import { describe, expect, it } from 'vitest';
import type { VisitStatus } from '@/lib/history/types';
import { orderGroupsForDrillDown } from '@/lib/view-model/order-groups-for-drill-down';
import { groupView } from '../../support/view-model/visit-view';

const group = (index: number, status: VisitStatus, run = 1) => groupView(2, index, [], { status, run });
const keys = (groups: { key: string; status: string }[]) => groups.map((g) => `${g.key} ${g.status}`);

describe('orderGroupsForDrillDown', () => {
  it('puts failed and timed-out first, then caught, then aborted, running and succeeded', () => {
    const groups = [
      group(0, 'succeeded'),
      group(1, 'caught'),
      group(2, 'running'),
      group(3, 'aborted'),
      group(4, 'timed_out'),
      group(5, 'failed'),
    ];
    expect(keys(orderGroupsForDrillDown(groups))).toEqual([
      '2:1:4 timed_out',
      '2:1:5 failed',
      '2:1:1 caught',
      '2:1:3 aborted',
      '2:1:2 running',
      '2:1:0 succeeded',
    ]);
  });

  it('orders groups of the same rank by run, then by index', () => {
    const groups = [group(3, 'failed', 2), group(7, 'failed', 1), group(0, 'failed', 2), group(2, 'timed_out', 1)];
    expect(keys(orderGroupsForDrillDown(groups))).toEqual(['2:1:2 timed_out', '2:1:7 failed', '2:2:0 failed', '2:2:3 failed']);
  });

  it('returns a new list and leaves the given one as it was', () => {
    const groups = [group(1, 'succeeded'), group(0, 'failed')];
    const ordered = orderGroupsForDrillDown(groups);
    expect(ordered).not.toBe(groups);
    expect(keys(groups)).toEqual(['2:1:1 succeeded', '2:1:0 failed']);
    expect(ordered[0]).toBe(groups[1]);
  });

  it('is empty for no groups', () => {
    expect(orderGroupsForDrillDown([])).toEqual([]);
  });
});
