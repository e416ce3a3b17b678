import { describe, expect, it } from 'vitest';
import type { AttemptView, VisitView } from '@/lib/view-model/types';
import { groupAttemptNumbersOf, groupCountOf, groupOutcomesOf, hasGroups } from '@/lib/view-model/visit-groups';
import { groupView, visitView } from '../../support/view-model/visit-view';

/** A Map run as a whole `number`th time, whose iterations counted `total`, `failed` and `caught`. */
function mapRun(number: number, total: number, failed: number, caught: number): AttemptView {
  const status = failed > 0 ? 'failed' : 'succeeded';
  return {
    number,
    status,
    startMs: null,
    endMs: null,
    durationMs: null,
    backoffMs: null,
    groups: { total, failed, caught, kind: 'MapIteration' },
  };
}

describe('the groups of a visit, sent whole or left out of a partial view', () => {
  const whole = visitView(2, 'M', {
    type: 'Map',
    attempts: [mapRun(1, 2, 1, 0), mapRun(2, 2, 0, 1)],
    groups: [
      groupView(2, 0, [], { run: 1, status: 'failed' }),
      groupView(2, 1, [], { run: 1 }),
      groupView(2, 0, [], { run: 2, status: 'caught' }),
      groupView(2, 1, [], { run: 2 }),
    ],
  });

  it('counts a whole visit’s groups from the groups', () => {
    expect(hasGroups(whole)).toBe(true);
    expect(groupCountOf(whole)).toBe(4);
    expect(groupAttemptNumbersOf(whole)).toEqual([1, 2]);
    expect(groupOutcomesOf(whole)).toEqual({ total: 2, failed: 0, caught: 1 });
    expect(groupOutcomesOf(whole, 1)).toEqual({ total: 2, failed: 1, caught: 0 });
    expect(hasGroups(visitView(3, 'P'))).toBe(false);
  });

  it('reads a partial visit’s counts and runs from its attempts, which counted every group', () => {
    // Only run 2's caught iteration was sent (it holds a visit to keep).
    const partial: VisitView = { ...whole, groups: [whole.groups[2]!], withheldGroups: { groups: 3, visits: 9 } };
    expect(hasGroups({ ...partial, groups: [] })).toBe(true);
    expect(groupCountOf(partial)).toBe(4);
    expect(groupAttemptNumbersOf(partial)).toEqual([1, 2]);
    expect(groupOutcomesOf(partial)).toEqual({ total: 2, failed: 0, caught: 1 });
    expect(groupOutcomesOf(partial, 1)).toEqual({ total: 2, failed: 1, caught: 0 });
  });

  it('without counting attempts (a history cut short), adds the left-out groups to the total of those sent', () => {
    const partial = visitView(2, 'M', {
      type: 'Map',
      groups: [groupView(2, 4, [], { status: 'failed' })],
      withheldGroups: { groups: 6, visits: 6 },
    });
    expect(groupAttemptNumbersOf(partial)).toEqual([1]);
    expect(groupOutcomesOf(partial)).toEqual({ total: 7, failed: 1, caught: 0 });
  });
});
