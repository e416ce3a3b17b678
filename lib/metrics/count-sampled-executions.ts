import type { ExecutionStatus, ExecutionSummary } from '../domain';
import type { BucketPlan } from './plan-buckets';
import { summarizeDurations, type DurationSummary } from './summarize-durations';
import type { ExecutionCounts } from './types';

const CLOSING_KEYS: Partial<Record<ExecutionStatus, 'succeeded' | 'failed' | 'timedOut' | 'aborted'>> = {
  SUCCEEDED: 'succeeded',
  FAILED: 'failed',
  TIMED_OUT: 'timedOut',
  ABORTED: 'aborted',
};

export interface SampledCounts {
  buckets: { counts: ExecutionCounts; duration?: DurationSummary }[];
  total: ExecutionCounts;
  duration: DurationSummary;
}

const emptyCounts = (): ExecutionCounts => ({ started: 0, succeeded: 0, failed: 0, timedOut: 0, aborted: 0, running: 0 });
const add = (counts: ExecutionCounts, key: keyof ExecutionCounts) => (counts[key] = (counts[key] ?? 0) + 1);

/**
 * Counts ListExecutions rows into the plan's buckets the way the index and CloudWatch count: starts
 * (and running ones) by start time, closings by stop time; durations of those that closed in the
 * window. Only executions the scan read are counted, so with a capped scan these are a sample.
 */
export function countSampledExecutions(executions: readonly ExecutionSummary[], plan: BucketPlan, bucketDurations: boolean): SampledCounts {
  const startMs = plan.start.getTime();
  const endMs = plan.end.getTime();
  const buckets = plan.buckets.map(() => ({ counts: emptyCounts(), durations: [] as number[] }));
  const total = emptyCounts();
  const durations: number[] = [];
  const bucketAt = (ms: number) => (ms >= startMs && ms < endMs ? buckets[Math.floor((ms - startMs) / plan.bucketMs)] : undefined);
  for (const execution of executions) {
    const started = bucketAt(execution.startedAt.getTime());
    if (started) {
      add(started.counts, 'started');
      add(total, 'started');
      if (execution.status === 'RUNNING') {
        add(started.counts, 'running');
        add(total, 'running');
      }
    }
    const key = CLOSING_KEYS[execution.status];
    const stopped = execution.stoppedAt && bucketAt(execution.stoppedAt.getTime());
    if (!key || !stopped || !execution.stoppedAt) continue;
    add(stopped.counts, key);
    add(total, key);
    const durationMs = execution.stoppedAt.getTime() - execution.startedAt.getTime();
    durations.push(durationMs);
    stopped.durations.push(durationMs);
  }
  return {
    buckets: buckets.map((bucket) => ({
      counts: bucket.counts,
      ...(bucketDurations ? { duration: summarizeDurations(bucket.durations) } : {}),
    })),
    total,
    duration: summarizeDurations(durations),
  };
}
