import { afterEach, describe, expect, it, vi } from 'vitest';
import { finishCostReviewProgress, readCostReviewProgress, reportCostReviewProgress } from '@/lib/services/cost-review-progress';

// The registry lives on globalThis for the whole process: each test uses keys of its own.
let counter = 0;
const key = (label: string) => `cost-review-progress-test:${label}:${(counter += 1)}`;

afterEach(() => {
  vi.useRealTimers();
});

describe('cost review progress: what the page polls while a review runs', () => {
  it('reads back the last status reported under a key, stamped with the time it was reported', () => {
    vi.useFakeTimers({ now: new Date('2026-11-30T12:00:00Z') });
    const k = key('last');
    reportCostReviewProgress(k, { stage: 'listing', done: 100, total: null });
    vi.advanceTimersByTime(1500);
    reportCostReviewProgress(k, {
      stage: 'reading',
      done: 3,
      total: 10,
      stateMachineName: 'orders',
      stateMachineIndex: 0,
      stateMachineCount: 2,
    });
    expect(readCostReviewProgress(k)).toEqual({
      stage: 'reading',
      done: 3,
      total: 10,
      stateMachineName: 'orders',
      stateMachineIndex: 0,
      stateMachineCount: 2,
      updatedAt: Date.parse('2026-11-30T12:00:01.500Z'),
    });
  });

  it('knows nothing of a key never reported', () => {
    expect(readCostReviewProgress(key('never'))).toBeUndefined();
  });

  it('keeps keys apart', () => {
    const a = key('a');
    const b = key('b');
    reportCostReviewProgress(a, { stage: 'reading', done: 1, total: 5 });
    reportCostReviewProgress(b, { stage: 'reading', done: 4, total: 5 });
    expect(readCostReviewProgress(a)?.done).toBe(1);
    expect(readCostReviewProgress(b)?.done).toBe(4);
  });

  it('forgets a status not updated for more than 10 minutes, at the next report of any key', () => {
    vi.useFakeTimers({ now: new Date('2026-11-30T12:00:00Z') });
    const old = key('old');
    const recent = key('recent');
    reportCostReviewProgress(old, { stage: 'reading', done: 1, total: 5 });
    vi.advanceTimersByTime(5 * 60 * 1000);
    reportCostReviewProgress(recent, { stage: 'reading', done: 1, total: 5 });
    vi.advanceTimersByTime(5 * 60 * 1000);
    reportCostReviewProgress(key('trigger'), { stage: 'listing', done: 0, total: null });
    // Exactly 10 minutes old is still kept.
    expect(readCostReviewProgress(old)).toBeDefined();
    vi.advanceTimersByTime(1);
    expect(readCostReviewProgress(old)).toBeDefined();
    reportCostReviewProgress(key('trigger'), { stage: 'listing', done: 0, total: null });
    expect(readCostReviewProgress(old)).toBeUndefined();
    expect(readCostReviewProgress(recent)).toBeDefined();
  });

  it('keeps a review being updated, however long it runs', () => {
    vi.useFakeTimers({ now: new Date('2026-11-30T12:00:00Z') });
    const k = key('long');
    for (let minute = 0; minute < 30; minute += 5) {
      reportCostReviewProgress(k, { stage: 'reading', done: minute, total: 30 });
      vi.advanceTimersByTime(5 * 60 * 1000);
    }
    reportCostReviewProgress(key('trigger'), { stage: 'listing', done: 0, total: null });
    expect(readCostReviewProgress(k)?.done).toBe(25);
  });

  it('marks a review finished, keeping what it last reported', () => {
    vi.useFakeTimers({ now: new Date('2026-11-30T12:00:00Z') });
    const k = key('finish');
    reportCostReviewProgress(k, { stage: 'reading', done: 7, total: 10, stateMachineName: 'orders' });
    vi.advanceTimersByTime(2000);
    finishCostReviewProgress(k);
    expect(readCostReviewProgress(k)).toMatchObject({
      total: 10,
      stateMachineName: 'orders',
      finished: true,
      updatedAt: Date.parse('2026-11-30T12:00:02Z'),
    });
  });

  it('marks a review finished that never reported: done, 0 of 0', () => {
    const k = key('finish-unknown');
    finishCostReviewProgress(k);
    expect(readCostReviewProgress(k)).toMatchObject({ stage: 'done', done: 0, total: 0, finished: true });
  });

  it('says a finished review is done, all of its total, whatever stage it last reported', () => {
    vi.useFakeTimers({ now: new Date('2026-11-30T12:00:00Z') });
    const k = key('finish-done');
    reportCostReviewProgress(k, {
      stage: 'reading',
      done: 7,
      total: 10,
      stateMachineName: 'orders',
      stateMachineIndex: 1,
      stateMachineCount: 3,
    });
    vi.advanceTimersByTime(2000);
    finishCostReviewProgress(k);
    expect(readCostReviewProgress(k)).toEqual({
      stage: 'done',
      done: 10,
      total: 10,
      stateMachineName: 'orders',
      stateMachineIndex: 1,
      stateMachineCount: 3,
      finished: true,
      updatedAt: Date.parse('2026-11-30T12:00:02Z'),
    });
  });

  it('says a review finished before its total was known is done, 0 of 0', () => {
    const k = key('finish-listing');
    reportCostReviewProgress(k, { stage: 'listing', done: 100, total: null });
    finishCostReviewProgress(k);
    expect(readCostReviewProgress(k)).toMatchObject({ stage: 'done', done: 0, total: 0, finished: true });
  });

  it('shares one registry between module copies (the page and the progress route may be bundled apart)', async () => {
    const k = key('copies');
    reportCostReviewProgress(k, { stage: 'reading', done: 2, total: 3 });
    vi.resetModules();
    const copy = await import('@/lib/services/cost-review-progress');
    expect(copy.readCostReviewProgress).not.toBe(readCostReviewProgress);
    expect(copy.readCostReviewProgress(k)?.done).toBe(2);
  });
});
