import { describe, expect, it } from 'vitest';
import { decideVisitStatus, type VisitOutcome } from '@/lib/history/decide-visit-status';
import type { VisitStatus } from '@/lib/history/types';

const FAILED = { phase: 'failed' } as const;
const TIMED_OUT = { phase: 'timed-out' } as const;
/** A Fail state's failure is its own FailStateEntered. */
const FAIL_STATE_ENTERED = { phase: 'entered' } as const;

const none: VisitOutcome = { exited: false, failure: undefined, aborted: false, terminal: undefined, inFailingChain: false };
const ended = (type: 'ExecutionSucceeded' | 'ExecutionFailed' | 'ExecutionTimedOut' | 'ExecutionAborted') => ({ type });

// Rows give each rung the inputs of the rungs below it as well, so moving, dropping or changing a
// rung changes some row's answer.
const cases: [rung: string, outcome: Partial<VisitOutcome>, expected: VisitStatus][] = [
  ['exited, no failure', { exited: true }, 'succeeded'],
  ['exited after an unretried failure (caught)', { exited: true, failure: FAILED }, 'caught'],
  ['exited after an unretried timeout (caught)', { exited: true, failure: TIMED_OUT }, 'caught'],
  [
    'exit beats an abort and the execution failing',
    { exited: true, aborted: true, terminal: ended('ExecutionFailed'), inFailingChain: true },
    'succeeded',
  ],
  ['exit with failure beats the execution timing out', { exited: true, failure: FAILED, terminal: ended('ExecutionTimedOut') }, 'caught'],
  ['failure, no exit', { failure: FAILED }, 'failed'],
  ['timeout, no exit', { failure: TIMED_OUT }, 'timed_out'],
  ['Fail state entered (phase entered counts as failed)', { failure: FAIL_STATE_ENTERED }, 'failed'],
  ['own failure beats its own abort', { failure: FAILED, aborted: true }, 'failed'],
  ['own failure beats the execution succeeding', { failure: FAILED, terminal: ended('ExecutionSucceeded') }, 'failed'],
  ['own timeout beats the execution failing off the chain', { failure: TIMED_OUT, terminal: ended('ExecutionFailed') }, 'timed_out'],
  ['own abort, no exit or failure', { aborted: true }, 'aborted'],
  ['own abort beats the execution succeeding', { aborted: true, terminal: ended('ExecutionSucceeded') }, 'aborted'],
  [
    'own abort beats the execution failing on the chain',
    { aborted: true, terminal: ended('ExecutionFailed'), inFailingChain: true },
    'aborted',
  ],
  ['nothing ended it and the execution has not ended', {}, 'running'],
  ['running even on the failing chain while the execution runs', { inFailingChain: true }, 'running'],
  ['execution failed, visit on the failing chain', { terminal: ended('ExecutionFailed'), inFailingChain: true }, 'failed'],
  ['execution failed, visit off the failing chain (stopped by it)', { terminal: ended('ExecutionFailed') }, 'aborted'],
  ['execution timed out', { terminal: ended('ExecutionTimedOut') }, 'timed_out'],
  ['execution timed out, on the chain too', { terminal: ended('ExecutionTimedOut'), inFailingChain: true }, 'timed_out'],
  ['execution succeeded', { terminal: ended('ExecutionSucceeded') }, 'succeeded'],
  ['execution aborted', { terminal: ended('ExecutionAborted') }, 'aborted'],
  ['execution aborted, on the chain too', { terminal: ended('ExecutionAborted'), inFailingChain: true }, 'aborted'],
  ['any other ending event', { terminal: { type: 'Unknown' } }, 'aborted'],
];

describe('decideVisitStatus', () => {
  it.each(cases)('%s', (_rung, outcome, expected) => {
    expect(decideVisitStatus({ ...none, ...outcome })).toBe(expected);
  });
});
