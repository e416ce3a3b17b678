import { describe, expect, it } from 'vitest';
import { planFailedFirstStatuses, readChildStatusFilter } from '@/lib/map-runs/child-status-filter';
import type { MapRunCounts } from '@/lib/map-runs/types';

const counts = (partial: Partial<MapRunCounts>): MapRunCounts => ({
  pending: 0,
  running: 0,
  succeeded: 0,
  failed: 0,
  timedOut: 0,
  aborted: 0,
  total: 0,
  resultsWritten: 0,
  ...partial,
});

describe('readChildStatusFilter', () => {
  it('reads no status, ALL and an empty value as every status', () => {
    expect(readChildStatusFilter(undefined)).toEqual({ ok: true });
    expect(readChildStatusFilter('ALL')).toEqual({ ok: true });
    expect(readChildStatusFilter('')).toEqual({ ok: true });
  });

  it('reads a status in any case, PENDING_REDRIVE included', () => {
    expect(readChildStatusFilter('failed')).toEqual({ ok: true, status: 'FAILED' });
    expect(readChildStatusFilter('PENDING_REDRIVE')).toEqual({ ok: true, status: 'PENDING_REDRIVE' });
  });

  it('refuses an unknown status, naming the ones it takes', () => {
    expect(readChildStatusFilter('broken')).toEqual({
      ok: false,
      message: "Unknown status 'broken': use one of RUNNING, SUCCEEDED, FAILED, TIMED_OUT, ABORTED, PENDING_REDRIVE.",
    });
  });
});

describe('planFailedFirstStatuses', () => {
  it('walks failed, timed out, aborted, running, succeeded, leaving out statuses with no child', () => {
    expect(planFailedFirstStatuses(counts({ failed: 4, succeeded: 96, total: 100 }), false)).toEqual(['FAILED', 'SUCCEEDED']);
    expect(planFailedFirstStatuses(counts({ failed: 1, timedOut: 1, aborted: 1, running: 1, succeeded: 1 }), false)).toEqual([
      'FAILED',
      'TIMED_OUT',
      'ABORTED',
      'RUNNING',
      'SUCCEEDED',
    ]);
  });

  it('always reads running and succeeded children of a run still going, whose counts can lag', () => {
    expect(planFailedFirstStatuses(counts({}), true)).toEqual(['RUNNING', 'SUCCEEDED']);
  });
});
