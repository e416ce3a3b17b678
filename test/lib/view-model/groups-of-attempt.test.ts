import { describe, expect, it } from 'vitest';
import { attemptNumbersOf, groupsOfAttempt } from '@/lib/view-model/groups-of-attempt';
import { groupView } from '../../support/view-model/visit-view';

// One item tried three times: the Map was retried as a whole twice.
const groups = [
  groupView(4, 0, [], { run: 1 }),
  groupView(4, 0, [], { run: 2 }),
  groupView(4, 0, [], { run: 3 }),
  groupView(4, 1, [], { run: 3 }),
];

describe('groupsOfAttempt', () => {
  it('gives the last attempt when none is named', () => {
    expect(groupsOfAttempt(groups).map((g) => g.key)).toEqual(['4:3:0', '4:3:1']);
  });

  it('gives the named attempt only', () => {
    expect(groupsOfAttempt(groups, 2).map((g) => g.key)).toEqual(['4:2:0']);
  });

  it('is empty for an attempt that started no group, and for no groups', () => {
    expect(groupsOfAttempt(groups, 7)).toEqual([]);
    expect(groupsOfAttempt([])).toEqual([]);
  });
});

describe('attemptNumbersOf', () => {
  it('lists each run once, ascending, whatever order the groups come in', () => {
    expect(attemptNumbersOf([...groups].reverse())).toEqual([1, 2, 3]);
    expect(attemptNumbersOf([])).toEqual([]);
  });
});
