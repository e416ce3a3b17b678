import { describe, expect, it } from 'vitest';
import { buildExecutionTimeline } from '@/lib/history/build-execution-timeline';
import { parseHistoryDocument } from '@/lib/history/parse-history-document';
import { findStateVisit } from '@/lib/services/state-processing/find-state-visit';
import { isMockable, recordedResultOf } from '@/lib/services/state-processing/recorded-result';
import { PROCESSING_EXECUTION_ARN, VERIFY_RESULT, processingHistory } from '../../../support/state-processing/processing-history';

const visit = (id: number, options?: Parameters<typeof processingHistory>[0]) => {
  const parsed = parseHistoryDocument(processingHistory(options), PROCESSING_EXECUTION_ARN);
  const found = findStateVisit(buildExecutionTimeline(parsed.events, parsed).visits, id);
  if (!found) throw new Error(`no visit ${id}`);
  return found.visit;
};

describe('recordedResultOf', () => {
  it('takes a Task’s raw result, before ResultSelector, from its last attempt', () => {
    expect(recordedResultOf(visit(4))).toEqual({ kind: 'result', text: VERIFY_RESULT });
  });

  it('says so when the history truncated the result', () => {
    expect(recordedResultOf(visit(4, { truncatedResult: true }))).toEqual({ kind: 'truncated' });
  });

  it('gives a failed Task’s error and cause, so the replay shows the retry or catch outcome', () => {
    expect(recordedResultOf(visit(4, { failed: true }))).toEqual({ kind: 'error', error: 'PaymentDeclined', cause: 'card declined' });
  });

  it('puts a Parallel’s branch outputs in definition order, not the order they ran', () => {
    const fanned = recordedResultOf(visit(9), ['A', 'B']);
    expect(fanned.kind).toBe('result');
    expect(JSON.parse(fanned.kind === 'result' ? fanned.text : 'null')).toEqual([
      { orderId: 'A1', customer: 'Ann', payment: { approved: true } },
      'b',
    ]);
    expect(recordedResultOf(visit(9), ['A'])).toMatchObject({ kind: 'missing' });
  });

  it('mocks only Task, Map and Parallel states, which AWS accepts a mock for', () => {
    expect(['Task', 'Map', 'Parallel', 'Pass', 'Choice', 'Wait', 'Succeed', 'Fail'].filter(isMockable)).toEqual([
      'Task',
      'Map',
      'Parallel',
    ]);
    expect(recordedResultOf(visit(2))).toEqual({ kind: 'missing', why: 'A Pass state has no integration result.' });
  });
});
