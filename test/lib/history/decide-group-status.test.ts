import { describe, expect, it } from 'vitest';
import { decideGroupStatus, type GroupOutcome } from '@/lib/history/decide-group-status';
import type { VisitStatus } from '@/lib/history/types';

const outcome = (
  endEventType: GroupOutcome['endEventType'],
  lastVisitStatus: VisitStatus | undefined,
  caughtInside = false,
): GroupOutcome => ({
  endEventType,
  lastVisitStatus,
  caughtInside,
});

// Rows give each rung the inputs of the rungs below it as well, so moving or dropping a rung changes
// some row's answer.
const cases: [rung: string, outcome: GroupOutcome, expected: VisitStatus][] = [
  ['MapIterationSucceeded beats a failed last visit', outcome('MapIterationSucceeded', 'failed'), 'succeeded'],
  ['MapIterationSucceeded after an error caught inside is caught', outcome('MapIterationSucceeded', 'succeeded', true), 'caught'],
  ['MapIterationFailed beats a succeeded last visit', outcome('MapIterationFailed', 'succeeded'), 'failed'],
  ['MapIterationFailed beats an error caught earlier inside', outcome('MapIterationFailed', 'failed', true), 'failed'],
  ['MapIterationFailed with no visit yet', outcome('MapIterationFailed', undefined), 'failed'],
  ['MapIterationAborted beats a running last visit', outcome('MapIterationAborted', 'running', true), 'aborted'],
  ['no end event and no visit: still running', outcome(undefined, undefined), 'running'],
  ['MapIterationStarted is not an end: no visit yet is running', outcome('MapIterationStarted', undefined), 'running'],
  ['a branch whose last visit caught its error is caught', outcome(undefined, 'caught'), 'caught'],
  ['a branch that succeeded after an earlier visit caught an error is caught', outcome(undefined, 'succeeded', true), 'caught'],
  ['a branch with nothing caught inside succeeded', outcome(undefined, 'succeeded'), 'succeeded'],
  ['a branch takes its last visit failing, whatever was caught before', outcome(undefined, 'failed', true), 'failed'],
  ['a branch takes its last visit timing out', outcome(undefined, 'timed_out'), 'timed_out'],
  ['a branch takes its last visit being aborted', outcome(undefined, 'aborted'), 'aborted'],
  ['a branch takes its last visit still running', outcome(undefined, 'running', true), 'running'],
  ['an unknown end event falls through to the last visit', outcome('Unknown', 'succeeded'), 'succeeded'],
];

describe('decideGroupStatus (a Map iteration or Parallel branch)', () => {
  it.each(cases)('%s', (_rung, given, expected) => {
    expect(decideGroupStatus(given)).toBe(expected);
  });
});
