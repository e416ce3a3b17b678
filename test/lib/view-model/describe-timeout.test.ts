import { describe, expect, it } from 'vitest';
import { describeTimeout } from '@/lib/view-model/describe-timeout';
import { indexVisits } from '@/lib/view-model/index-visits';
import type { AttemptView, ExecutionView, FailureView } from '@/lib/view-model/types';
import { visitView } from '../../support/view-model/visit-view';

const failure = (overrides: Partial<FailureView>): FailureView => ({
  state: 'Call',
  visitId: 2,
  error: null,
  cause: null,
  path: [],
  ...overrides,
});
const attempt = (durationMs: number, number = 1): AttemptView => ({
  number,
  status: 'failed',
  startMs: 0,
  endMs: durationMs,
  durationMs,
  backoffMs: null,
});

type Shape = Pick<ExecutionView, 'status' | 'durationMs' | 'failure'>;

describe('describeTimeout (which timeout ended an execution, and after how long)', () => {
  const oneTry = indexVisits({ visits: [visitView(2, 'Call', { durationMs: 12_000, attempts: [attempt(12_000)] })] });
  const retried = indexVisits({ visits: [visitView(2, 'Call', { durationMs: 40_000, attempts: [attempt(10_000), attempt(10_500, 2)] })] });

  it.each<[string, Shape, ReturnType<typeof indexVisits>, string | null]>([
    [
      "the execution's TimeoutSeconds, naming the state it was in",
      { status: 'TIMED_OUT', durationMs: 3_012, failure: failure({ state: 'WaitForApproval', error: 'States.Timeout' }) },
      oneTry,
      "The execution's TimeoutSeconds fired after 3.01 s, while in WaitForApproval.",
    ],
    [
      "the execution's TimeoutSeconds with no state to name",
      { status: 'TIMED_OUT', durationMs: 90_000, failure: null },
      oneTry,
      "The execution's TimeoutSeconds fired after 1 min 30 s.",
    ],
    [
      "a state's TimeoutSeconds, after its attempt's time",
      { status: 'FAILED', durationMs: 13_000, failure: failure({ error: 'States.Timeout' }) },
      oneTry,
      "Call's TimeoutSeconds fired after 12 s.",
    ],
    [
      "a state's HeartbeatSeconds, on the last of its retries",
      { status: 'FAILED', durationMs: 41_000, failure: failure({ error: 'States.HeartbeatTimeout' }) },
      retried,
      "Call's HeartbeatSeconds fired after 10.5 s without a heartbeat (attempt 2).",
    ],
    [
      'nothing for a failure that is not a timeout',
      { status: 'FAILED', durationMs: 1, failure: failure({ error: 'PaymentDeclined' }) },
      oneTry,
      null,
    ],
    ['nothing for a succeeded execution', { status: 'SUCCEEDED', durationMs: 1, failure: null }, oneTry, null],
    [
      'nothing for States.Timeout with no failing visit',
      { status: 'FAILED', durationMs: 1, failure: failure({ visitId: null, error: 'States.Timeout' }) },
      oneTry,
      null,
    ],
  ])('%s', (_case, view, index, expected) => {
    expect(describeTimeout(view, index)).toBe(expected);
  });
});
