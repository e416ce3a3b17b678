import { describe, expect, it } from 'vitest';
import type { ExecutionSummary } from '@/lib/domain';
import { countSampledExecutions } from '@/lib/metrics/count-sampled-executions';
import { planBuckets } from '@/lib/metrics/plan-buckets';

const NOW = new Date('2026-12-04T12:00:00Z');
// 10:00–11:00 in buckets of 2 minutes.
const plan = planBuckets({ start: new Date('2026-12-04T10:00:00Z'), end: new Date('2026-12-04T11:00:00Z'), label: '' }, NOW);
const at = (minutes: number, seconds = 0) => new Date(plan.start.getTime() + minutes * 60_000 + seconds * 1000);
const execution = (name: string, status: ExecutionSummary['status'], startedAt: Date, stoppedAt?: Date): ExecutionSummary => ({
  arn: `arn:aws:states:us-east-1:1:execution:orders:${name}`,
  stateMachineArn: 'arn:aws:states:us-east-1:1:stateMachine:orders',
  name,
  status,
  startedAt,
  ...(stoppedAt ? { stoppedAt } : {}),
});

describe('countSampledExecutions', () => {
  it('counts starts by start time and closings by stop time, with the durations of those closed in the window', () => {
    const counted = countSampledExecutions(
      [
        execution('ok', 'SUCCEEDED', at(0, 10), at(0, 20)),
        execution('late', 'FAILED', at(1), at(3)),
        execution('running', 'RUNNING', at(4)),
        execution('before', 'TIMED_OUT', at(-5), at(0, 30)),
        execution('after', 'ABORTED', at(59), at(61)),
      ],
      plan,
      true,
    );
    expect(counted.total).toEqual({ started: 4, succeeded: 1, failed: 1, timedOut: 1, aborted: 0, running: 1 });
    expect(counted.buckets[0]?.counts).toEqual({ started: 2, succeeded: 1, failed: 0, timedOut: 1, aborted: 0, running: 0 });
    expect(counted.buckets[1]?.counts).toEqual({ started: 0, succeeded: 0, failed: 1, timedOut: 0, aborted: 0, running: 0 });
    expect(counted.buckets[2]?.counts).toMatchObject({ started: 1, running: 1 });
    expect(counted.duration).toMatchObject({ count: 3, p50Ms: 120_000, maximumMs: 330_000 });
    expect(counted.buckets[0]?.duration).toMatchObject({ count: 2, maximumMs: 330_000 });
  });

  it('leaves per-bucket durations out unless asked', () => {
    expect(countSampledExecutions([], plan, false).buckets[0]).toEqual({
      counts: { started: 0, succeeded: 0, failed: 0, timedOut: 0, aborted: 0, running: 0 },
    });
  });
});
