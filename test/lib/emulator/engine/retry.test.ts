import { describe, expect, it } from 'vitest';
import { matchingRetrier, retryDelaySeconds } from '@/lib/emulator/engine/retry';
import { TaskFailure } from '@/lib/emulator/engine/types';
import { runDefinition } from '../../../support/emulator-engine/run-definition';
import { at } from '../../../support/at';

const LAMBDA = 'arn:aws:lambda:us-east-1:123456789012:function:flaky';

function taskWithRetry(retry: unknown[], extra: Record<string, unknown> = {}) {
  return { StartAt: 'T', States: { T: { Type: 'Task', Resource: LAMBDA, Retry: retry, End: true, ...extra } } };
}

function failing(times: number, error = 'Flaky') {
  let calls = 0;
  return async () => {
    calls += 1;
    if (calls <= times) throw new TaskFailure(error, `attempt ${calls}`);
    return { calls };
  };
}

describe('retryDelaySeconds', () => {
  it('multiplies IntervalSeconds by BackoffRate per retry already made', () => {
    const retrier = { ErrorEquals: ['States.ALL'], IntervalSeconds: 3, BackoffRate: 2 };
    expect([0, 1, 2].map((n) => retryDelaySeconds(retrier, n))).toEqual([3, 6, 12]);
  });

  it('uses AWS defaults (1 s, rate 2) and caps at MaxDelaySeconds', () => {
    expect(retryDelaySeconds({ ErrorEquals: ['X'] }, 3)).toBe(8);
    expect(retryDelaySeconds({ ErrorEquals: ['X'], IntervalSeconds: 3, MaxDelaySeconds: 5 }, 4)).toBe(5);
  });

  it('draws a random share of the delay with JitterStrategy FULL', () => {
    const retrier = { ErrorEquals: ['X'], IntervalSeconds: 10, JitterStrategy: 'FULL' };
    expect(retryDelaySeconds(retrier, 0, () => 0.25)).toBe(2.5);
    expect(retryDelaySeconds({ ...retrier, JitterStrategy: 'NONE' }, 0, () => 0.25)).toBe(10);
  });
});

describe('matchingRetrier', () => {
  it('picks the first retrier whose ErrorEquals matches', () => {
    const retriers = [{ ErrorEquals: ['A'] }, { ErrorEquals: ['States.ALL'] }];
    expect(matchingRetrier(retriers, 'A')).toBe(0);
    expect(matchingRetrier(retriers, 'B')).toBe(1);
    expect(matchingRetrier(retriers, 'States.Runtime')).toBe(-1);
  });
});

describe('Retry on a Task state', () => {
  it('repeats the task events inside one TaskStateEntered until the task succeeds', async () => {
    const run = await runDefinition(taskWithRetry([{ ErrorEquals: ['Flaky'], MaxAttempts: 3 }]), { invoke: failing(2) });
    expect(run.types).toEqual([
      'ExecutionStarted',
      'TaskStateEntered',
      'LambdaFunctionScheduled',
      'LambdaFunctionStarted',
      'LambdaFunctionFailed',
      'LambdaFunctionScheduled',
      'LambdaFunctionStarted',
      'LambdaFunctionFailed',
      'LambdaFunctionScheduled',
      'LambdaFunctionStarted',
      'LambdaFunctionSucceeded',
      'TaskStateExited',
      'ExecutionSucceeded',
    ]);
    // A retry's LambdaFunctionScheduled points at the previous failure.
    expect(at(run.events, 5).previousEventId).toBe(at(run.events, 4).id);
  });

  it('does not retry when MaxAttempts is 0', async () => {
    const run = await runDefinition(taskWithRetry([{ ErrorEquals: ['Flaky'], MaxAttempts: 0 }]), { invoke: failing(1) });
    expect(run.invocations).toHaveLength(1);
    expect(run.outcome.error).toBe('Flaky');
  });

  it('stops when the matching retrier is exhausted, without falling through to later retriers', async () => {
    const run = await runDefinition(
      taskWithRetry([
        { ErrorEquals: ['Flaky'], MaxAttempts: 1 },
        { ErrorEquals: ['States.ALL'], MaxAttempts: 5 },
      ]),
      { invoke: failing(5) },
    );
    expect(run.invocations).toHaveLength(2);
    expect(run.types.at(-1)).toBe('ExecutionFailed');
  });

  it('keeps a separate attempt count per retrier', async () => {
    let calls = 0;
    const run = await runDefinition(
      taskWithRetry([
        { ErrorEquals: ['A'], MaxAttempts: 1 },
        { ErrorEquals: ['B'], MaxAttempts: 1 },
      ]),
      {
        invoke: async () => {
          calls += 1;
          if (calls === 1) throw new TaskFailure('A', '');
          if (calls === 2) throw new TaskFailure('B', '');
          return 'ok';
        },
      },
    );
    expect(run.outcome.status).toBe('SUCCEEDED');
  });

  it('matches States.TaskFailed for task errors but not for States.Timeout', async () => {
    const ok = await runDefinition(taskWithRetry([{ ErrorEquals: ['States.TaskFailed'], MaxAttempts: 1 }]), { invoke: failing(1) });
    expect(ok.outcome.status).toBe('SUCCEEDED');
    const timeout = await runDefinition(taskWithRetry([{ ErrorEquals: ['States.TaskFailed'], MaxAttempts: 2 }], { TimeoutSeconds: 1 }), {
      timeScale: 0.001,
      invoke: () => new Promise(() => {}),
    });
    expect(timeout.invocations).toHaveLength(1);
    expect(timeout.outcome.error).toBe('States.Timeout');
  });

  it('exposes $$.State.RetryCount to Parameters on each attempt', async () => {
    const run = await runDefinition(
      taskWithRetry([{ ErrorEquals: ['States.ALL'], MaxAttempts: 2 }], { Parameters: { 'retry.$': '$$.State.RetryCount' } }),
      { invoke: failing(2) },
    );
    expect(run.invocations.map((i) => i.payload)).toEqual([{ retry: 0 }, { retry: 1 }, { retry: 2 }]);
  });

  it('never retries States.Runtime, even with States.ALL', async () => {
    const run = await runDefinition(taskWithRetry([{ ErrorEquals: ['States.ALL'], MaxAttempts: 3 }], { InputPath: '$.missing' }), {
      invoke: failing(0),
    });
    expect(run.outcome.error).toBe('States.Runtime');
    expect(run.invocations).toHaveLength(0);
  });
});

describe('Retry on a Map state', () => {
  it('starts the Map again with MapStateStarted pointing at the failing event', async () => {
    const run = await runDefinition(
      {
        StartAt: 'M',
        States: {
          M: {
            Type: 'Map',
            ItemProcessor: { StartAt: 'F', States: { F: { Type: 'Fail', Error: 'E' } } },
            Retry: [{ ErrorEquals: ['E'], MaxAttempts: 1 }],
            End: true,
          },
        },
      },
      { input: [1] },
    );
    expect(run.types).toEqual([
      'ExecutionStarted',
      'MapStateEntered',
      'MapStateStarted',
      'MapIterationStarted',
      'FailStateEntered',
      'MapIterationFailed',
      'MapStateStarted',
      'MapIterationStarted',
      'FailStateEntered',
      'MapIterationFailed',
      'MapStateFailed',
      'ExecutionFailed',
    ]);
    expect(at(run.events, 6).previousEventId).toBe(at(run.events, 4).id);
  });
});
