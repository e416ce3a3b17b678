import { describe, expect, it } from 'vitest';
import type { VisitStatus } from '@/lib/history/types';
import { countGroupOutcomes, isFailedStatus } from '@/lib/view-model/count-group-outcomes';

const of = (...statuses: VisitStatus[]) => statuses.map((status) => ({ status }));

describe('countGroupOutcomes', () => {
  it('counts failed and timed-out groups as failed, caught ones as caught, and every group in the total', () => {
    expect(countGroupOutcomes(of('succeeded', 'failed', 'caught', 'timed_out', 'aborted', 'running', 'caught'))).toEqual({
      total: 7,
      failed: 2,
      caught: 2,
    });
  });

  it('is all zero for no groups', () => {
    expect(countGroupOutcomes([])).toEqual({ total: 0, failed: 0, caught: 0 });
  });
});

describe('isFailedStatus', () => {
  it.each([
    ['failed', true],
    ['timed_out', true],
    ['caught', false],
    ['aborted', false],
    ['running', false],
    ['succeeded', false],
  ] as const)('%s → %s', (status, expected) => {
    expect(isFailedStatus(status)).toBe(expected);
  });
});
