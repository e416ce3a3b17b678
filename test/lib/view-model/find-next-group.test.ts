import { describe, expect, it } from 'vitest';
import type { VisitStatus } from '@/lib/history/types';
import { findNextGroup } from '@/lib/view-model/find-next-group';
import { groupView } from '../../support/view-model/visit-view';

const group = (index: number, status: VisitStatus) => groupView(2, index, [], { status });
// Given out of index order on purpose: the jump follows the index.
const groups = [group(5, 'failed'), group(0, 'succeeded'), group(3, 'caught'), group(1, 'failed'), group(8, 'caught')];
const isFailed = (status: VisitStatus) => status === 'failed';
const isCaught = (status: VisitStatus) => status === 'caught';

describe('findNextGroup', () => {
  it('goes to the next matching group by index after the current one', () => {
    expect(findNextGroup(groups, '2:1:1', isFailed)?.key).toBe('2:1:5');
    expect(findNextGroup(groups, '2:1:3', isCaught)?.key).toBe('2:1:8');
  });

  it('wraps around past the last one', () => {
    expect(findNextGroup(groups, '2:1:5', isFailed)?.key).toBe('2:1:1');
    expect(findNextGroup(groups, '2:1:8', isCaught)?.key).toBe('2:1:3');
  });

  it('starts from the first match when no group (or one of another list) is current', () => {
    expect(findNextGroup(groups, null, isFailed)?.key).toBe('2:1:1');
    expect(findNextGroup(groups, '9:1:0', isCaught)?.key).toBe('2:1:3');
  });

  it('stays on the only match, and is undefined when nothing matches', () => {
    expect(findNextGroup([group(4, 'failed')], '2:1:4', isFailed)?.key).toBe('2:1:4');
    expect(findNextGroup(groups, '2:1:0', (status) => status === 'timed_out')).toBeUndefined();
    expect(findNextGroup([], null, isFailed)).toBeUndefined();
  });
});
