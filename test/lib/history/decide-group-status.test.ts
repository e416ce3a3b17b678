import { describe, expect, it } from 'vitest';
import { decideGroupStatus, type GroupOutcome } from '@/lib/history/decide-group-status';
import type { VisitStatus } from '@/lib/history/types';

// Rows give each rung the inputs of the rungs below it as well, so moving or dropping a rung changes
// some row's answer.
const cases: [rung: string, outcome: GroupOutcome, expected: VisitStatus][] = [
  ['MapIterationSucceeded beats a failed last visit', { endEventType: 'MapIterationSucceeded', lastVisitStatus: 'failed' }, 'succeeded'],
  ['MapIterationFailed beats a succeeded last visit', { endEventType: 'MapIterationFailed', lastVisitStatus: 'succeeded' }, 'failed'],
  ['MapIterationFailed with no visit yet', { endEventType: 'MapIterationFailed', lastVisitStatus: undefined }, 'failed'],
  ['MapIterationAborted beats a running last visit', { endEventType: 'MapIterationAborted', lastVisitStatus: 'running' }, 'aborted'],
  ['no end event and no visit: still running', { endEventType: undefined, lastVisitStatus: undefined }, 'running'],
  [
    'MapIterationStarted is not an end: no visit yet is running',
    { endEventType: 'MapIterationStarted', lastVisitStatus: undefined },
    'running',
  ],
  ['a branch whose last visit caught its error succeeded', { endEventType: undefined, lastVisitStatus: 'caught' }, 'succeeded'],
  ['a branch takes its last visit failing', { endEventType: undefined, lastVisitStatus: 'failed' }, 'failed'],
  ['a branch takes its last visit timing out', { endEventType: undefined, lastVisitStatus: 'timed_out' }, 'timed_out'],
  ['a branch takes its last visit being aborted', { endEventType: undefined, lastVisitStatus: 'aborted' }, 'aborted'],
  ['a branch takes its last visit still running', { endEventType: undefined, lastVisitStatus: 'running' }, 'running'],
  ['an unknown end event falls through to the last visit', { endEventType: 'Unknown', lastVisitStatus: 'succeeded' }, 'succeeded'],
];

describe('decideGroupStatus (a Map iteration or Parallel branch)', () => {
  it.each(cases)('%s', (_rung, outcome, expected) => {
    expect(decideGroupStatus(outcome)).toBe(expected);
  });
});
