import { describe, expect, it } from 'vitest';
import { executionSamples, publishedMetrics } from '@/lib/emulator/cloudwatch/execution-samples';

describe('the samples an execution contributes', () => {
  const failed = { status: 'FAILED', startDateMs: 1_000, stopDateMs: 4_500 };
  const running = { status: 'RUNNING', startDateMs: 1_000, stopDateMs: null };

  it('ExecutionsStarted twice, 1 at the start and 0 at the close (so Sum counts starts)', () => {
    expect(executionSamples(failed, 'ExecutionsStarted')).toEqual([
      { timestampMs: 1_000, value: 1 },
      { timestampMs: 4_500, value: 0 },
    ]);
    expect(executionSamples(running, 'ExecutionsStarted')).toEqual([{ timestampMs: 1_000, value: 1 }]);
  });

  it('the status metric and ExecutionTime at the close, none while running', () => {
    expect(executionSamples(failed, 'ExecutionsFailed')).toEqual([{ timestampMs: 4_500, value: 1 }]);
    expect(executionSamples(failed, 'ExecutionsSucceeded')).toEqual([]);
    expect(executionSamples(failed, 'ExecutionTime')).toEqual([{ timestampMs: 4_500, value: 3_500 }]);
    expect(executionSamples(running, 'ExecutionTime')).toEqual([]);
    expect(executionSamples({ ...failed, status: 'TIMED_OUT' }, 'ExecutionsTimedOut')).toHaveLength(1);
    expect(executionSamples({ ...failed, status: 'ABORTED' }, 'ExecutionsAborted')).toHaveLength(1);
  });

  it('ExecutionThrottled 0 and no ExecutionsRedriven (the emulator neither throttles transitions nor redrives)', () => {
    expect(executionSamples(failed, 'ExecutionThrottled')).toEqual([{ timestampMs: 1_000, value: 0 }]);
    expect(executionSamples(failed, 'ExecutionsRedriven')).toEqual([]);
  });

  it('names the metrics an execution published', () => {
    expect(publishedMetrics(failed)).toEqual(['ExecutionsStarted', 'ExecutionThrottled', 'ExecutionsFailed', 'ExecutionTime']);
    expect(publishedMetrics(running)).toEqual(['ExecutionsStarted', 'ExecutionThrottled']);
  });
});
