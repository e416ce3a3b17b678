import { describe, expect, it } from 'vitest';
import { summarizeExecutions } from '@/lib/execution-list/summarize-executions';
import { execution, NOW } from '../../support/execution-list/execution';

describe('summarizeExecutions', () => {
  const executions = [
    execution('running-now', 'RUNNING', 0.1),
    execution('ok-1h', 'SUCCEEDED', 1, 1_000),
    execution('failed-2h', 'FAILED', 2, 4_000),
    execution('ok-20h', 'SUCCEEDED', 20, 2_000),
    execution('timed-out-30h', 'TIMED_OUT', 30, 60_000),
    execution('aborted-3d', 'ABORTED', 72, 3_000),
    execution('failed-6d', 'FAILED', 144, 5_000),
    execution('failed-8d', 'FAILED', 192, 9_000),
  ];
  const overview = summarizeExecutions(executions, NOW);

  it('counts executions started in the last 24 h by status', () => {
    const day = overview.windows['24h'];
    expect(day.total).toBe(4);
    expect(day.countsByStatus).toMatchObject({ RUNNING: 1, SUCCEEDED: 2, FAILED: 1, TIMED_OUT: 0, ABORTED: 0 });
    expect(day.closed).toBe(3);
    expect(day.failureRate).toBeCloseTo(1 / 3);
    expect(day.p50DurationMs).toBe(2_000);
    expect(day.p95DurationMs).toBe(4_000);
  });

  it('counts the last 7 days without the execution started 8 days ago', () => {
    const week = overview.windows['7d'];
    expect(week.total).toBe(7);
    expect(week.countsByStatus).toMatchObject({ RUNNING: 1, SUCCEEDED: 2, FAILED: 2, TIMED_OUT: 1, ABORTED: 1 });
    expect(week.closed).toBe(6);
    // FAILED twice and TIMED_OUT once, out of six closed; ABORTED is not a failure.
    expect(week.failureRate).toBe(0.5);
    expect(week.p50DurationMs).toBe(3_000);
    expect(week.p95DurationMs).toBe(60_000);
  });

  it('names the newest failure (failed or timed out) of the last 7 days', () => {
    expect(overview.lastFailure?.name).toBe('failed-2h');
  });

  it('marks windows reaching past what was read as incomplete, and only those', () => {
    // Reading stopped after the execution started 30 h ago: the 24 h counts are whole, the 7 d ones are not.
    const read = executions.filter(
      (candidate) => candidate.name !== 'aborted-3d' && candidate.name !== 'failed-6d' && candidate.name !== 'failed-8d',
    );
    const capped = summarizeExecutions(read, NOW, true);
    expect(capped.windows['24h'].incomplete).toBe(false);
    expect(capped.windows['7d'].incomplete).toBe(true);
    expect(capped.windows['7d'].total).toBe(5);
    expect(overview.windows['7d'].incomplete).toBe(false);
  });

  it('has no rate, percentiles or last failure when nothing closed', () => {
    const quiet = summarizeExecutions([execution('running', 'RUNNING', 1)], NOW);
    expect(quiet.windows['24h']).toMatchObject({
      total: 1,
      closed: 0,
      failureRate: undefined,
      p50DurationMs: undefined,
      incomplete: false,
    });
    expect(quiet.lastFailure).toBeUndefined();
  });
});
