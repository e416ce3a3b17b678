import { describe, expect, it } from 'vitest';
import { groupAttempts } from '@/lib/history/group-attempts';
import { atMs, historyEvent as ev } from '../../support/history/history-events';

describe('groupAttempts', () => {
  it('gives no attempts to a visit without task, Map or Parallel events', () => {
    expect(groupAttempts([ev(2, 1, 'PassStateEntered', { name: 'P' }), ev(3, 2, 'PassStateExited', { name: 'P' })])).toEqual([]);
    expect(groupAttempts([])).toEqual([]);
  });

  it('makes one attempt of a Lambda call: scheduled, started, succeeded, with its parameters, output and timing', () => {
    const attempts = groupAttempts([
      ev(2, 1, 'TaskStateEntered', { name: 'Call' }, 90),
      ev(
        3,
        2,
        'LambdaFunctionScheduled',
        { resource: 'arn:aws:lambda:eu-west-1:1:function:f', input: '{"a":1}', timeoutInSeconds: 30 },
        100,
      ),
      ev(4, 3, 'LambdaFunctionStarted', undefined, 150),
      ev(5, 4, 'LambdaFunctionSucceeded', { output: '{"ok":true}' }, 400),
      ev(6, 5, 'TaskStateExited', { name: 'Call', output: '{"ok":true}' }, 410),
    ]);
    expect(attempts).toEqual([
      {
        number: 1,
        kind: 'lambda',
        firstEventId: 3,
        lastEventId: 5,
        status: 'succeeded',
        resource: 'arn:aws:lambda:eu-west-1:1:function:f',
        parameters: { text: '{"a":1}', truncated: false },
        output: { text: '{"ok":true}', truncated: false },
        timeoutInSeconds: 30,
        scheduledAt: atMs(100),
        startedAt: atMs(150),
        endedAt: atMs(400),
        durationMs: 250,
        backoffMs: null,
      },
    ]);
  });

  it('opens a new attempt at each Scheduled event of a retried Task, with the back-off between them', () => {
    const scheduled = {
      resourceType: 'lambda',
      resource: 'invoke',
      region: 'eu-west-1',
      parameters: '{"FunctionName":"f"}',
      heartbeatInSeconds: 10,
    };
    const attempts = groupAttempts([
      ev(3, 2, 'TaskScheduled', scheduled, 100),
      ev(4, 3, 'TaskStarted', { resourceType: 'lambda', resource: 'invoke' }, 120),
      ev(5, 4, 'TaskFailed', { resourceType: 'lambda', resource: 'invoke', error: 'Boom', cause: 'bad' }, 300),
      ev(6, 5, 'TaskScheduled', scheduled, 2_300),
      ev(7, 6, 'TaskStarted', { resourceType: 'lambda', resource: 'invoke' }, 2_310),
      ev(8, 7, 'TaskTimedOut', { resourceType: 'lambda', resource: 'invoke' }, 5_310),
    ]);
    expect(
      attempts.map((a) => [a.number, a.kind, a.status, a.firstEventId, a.lastEventId, a.error, a.cause, a.durationMs, a.backoffMs]),
    ).toEqual([
      [1, 'task', 'failed', 3, 5, 'Boom', 'bad', 180, null],
      [2, 'task', 'timed_out', 6, 8, 'States.Timeout', undefined, 3_000, 2_000],
    ]);
    expect(attempts[1]).toMatchObject({
      resourceType: 'lambda',
      resource: 'invoke',
      region: 'eu-west-1',
      heartbeatInSeconds: 10,
      parameters: { text: '{"FunctionName":"f"}', truncated: false },
    });
  });

  it('keeps the error a timed-out event names over States.Timeout', () => {
    const [attempt] = groupAttempts([ev(3, 2, 'TaskScheduled', {}), ev(4, 3, 'TaskTimedOut', { error: 'States.HeartbeatTimeout' })]);
    expect(attempt).toMatchObject({ status: 'timed_out', error: 'States.HeartbeatTimeout' });
  });

  it('measures an attempt that never started from its Scheduled event', () => {
    const [attempt] = groupAttempts([
      ev(3, 2, 'TaskScheduled', {}, 100),
      ev(4, 3, 'TaskStartFailed', { error: 'States.Permissions' }, 160),
    ]);
    expect(attempt).toMatchObject({ status: 'failed', error: 'States.Permissions', startedAt: null, durationMs: 60 });
  });

  it('marks an attempt still running when the next one is scheduled as failed (only a failure is retried)', () => {
    const attempts = groupAttempts([
      ev(3, 2, 'TaskScheduled', {}, 100),
      ev(4, 3, 'TaskStarted', {}, 110),
      ev(5, 4, 'TaskScheduled', {}, 900),
    ]);
    expect(attempts.map((a) => [a.status, a.endedAt, a.backoffMs])).toEqual([
      ['failed', atMs(900), null],
      ['running', null, 0],
    ]);
  });

  it('ends an attempt the retry found still running like any other: at its failure event, else at the retry start', () => {
    // A Map run retried after an iteration failed (no MapStateFailed): it ended at MapIterationFailed.
    const [map] = groupAttempts([
      ev(3, 2, 'MapStateStarted', { length: 1 }, 30),
      ev(4, 3, 'MapIterationStarted', { name: 'M', index: 0 }, 40),
      ev(7, 6, 'MapIterationFailed', { name: 'M', index: 0 }, 70),
      ev(8, 7, 'MapStateStarted', { length: 1 }, 1_070),
    ]);
    expect(map).toMatchObject({ status: 'failed', lastEventId: 7, startedAt: atMs(30), endedAt: atMs(70), durationMs: 40 });
    // A Task attempt whose failure event is missing: the retry's Scheduled event is the first to show it over.
    const [task, retry] = groupAttempts([
      ev(3, 2, 'TaskScheduled', {}, 100),
      ev(4, 3, 'TaskStarted', {}, 110),
      ev(5, 4, 'TaskScheduled', {}, 900),
    ]);
    expect(task).toMatchObject({ status: 'failed', lastEventId: 4, startedAt: atMs(110), endedAt: atMs(900), durationMs: 790 });
    expect(retry).toMatchObject({ status: 'running', backoffMs: 0 });
  });

  it('still gives an attempt to a history cut before the Scheduled event, with no scheduled time', () => {
    const [attempt] = groupAttempts([
      ev(4, 3, 'TaskStarted', { resource: 'invoke' }, 110),
      ev(5, 4, 'TaskSucceeded', { output: '1' }, 160),
    ]);
    expect(attempt).toMatchObject({
      number: 1,
      firstEventId: 4,
      lastEventId: 5,
      status: 'succeeded',
      scheduledAt: null,
      startedAt: atMs(110),
      durationMs: 50,
      resource: 'invoke',
    });
  });

  it('opens a new attempt when the kind of task changes', () => {
    const attempts = groupAttempts([
      ev(3, 2, 'TaskStarted', {}),
      ev(4, 3, 'LambdaFunctionStarted'),
      ev(5, 4, 'LambdaFunctionSucceeded', {}),
    ]);
    expect(attempts.map((a) => [a.kind, a.firstEventId, a.lastEventId, a.status])).toEqual([
      ['task', 3, 3, 'failed'],
      ['lambda', 4, 5, 'succeeded'],
    ]);
  });

  it('reads an activity: its input as parameters (with the truncated flag), the worker and the output', () => {
    const [attempt] = groupAttempts([
      ev(3, 2, 'ActivityScheduled', { resource: 'arn:act', input: '{"big":', inputDetails: { truncated: true } }, 100),
      ev(4, 3, 'ActivityStarted', { workerName: 'worker-1' }, 200),
      ev(5, 4, 'ActivitySucceeded', { output: '[1', outputDetails: { truncated: true } }, 700),
    ]);
    expect(attempt).toMatchObject({
      kind: 'activity',
      resource: 'arn:act',
      parameters: { text: '{"big":', truncated: true },
      workerName: 'worker-1',
      output: { text: '[1', truncated: true },
      durationMs: 500,
    });
  });

  it('takes resource, type and region from the first event that names them', () => {
    const [attempt] = groupAttempts([
      ev(3, 2, 'TaskScheduled', { resource: 'first', region: 'eu-west-1' }),
      ev(4, 3, 'TaskStarted', { resource: 'second', resourceType: 'sqs', region: 'us-east-1' }),
    ]);
    expect(attempt).toMatchObject({ resource: 'first', resourceType: 'sqs', region: 'eu-west-1' });
  });

  it('makes each run of a Map state an attempt; a retry after a failed iteration fails the run before it', () => {
    const attempts = groupAttempts([
      ev(2, 1, 'MapStateEntered', { name: 'M' }, 20),
      ev(3, 2, 'MapStateStarted', { length: 2 }, 30),
      ev(4, 3, 'MapIterationStarted', { name: 'M', index: 0 }, 40),
      ev(7, 6, 'MapIterationFailed', { name: 'M', index: 0 }, 70),
      ev(8, 7, 'MapStateStarted', { length: 2 }, 1_070),
      ev(12, 11, 'MapStateSucceeded', undefined, 1_500),
      ev(13, 12, 'MapStateExited', { name: 'M' }, 1_510),
    ]);
    expect(attempts).toEqual([
      {
        number: 1,
        kind: 'map',
        firstEventId: 3,
        lastEventId: 7,
        status: 'failed',
        scheduledAt: atMs(30),
        startedAt: atMs(30),
        endedAt: atMs(70),
        durationMs: 40,
        backoffMs: null,
        length: 2,
      },
      {
        number: 2,
        kind: 'map',
        firstEventId: 8,
        lastEventId: 12,
        status: 'succeeded',
        scheduledAt: atMs(1_070),
        startedAt: atMs(1_070),
        endedAt: atMs(1_500),
        durationMs: 430,
        backoffMs: 1_000,
        length: 2,
      },
    ]);
  });

  it('ends a Map or Parallel run with the error of its Failed event', () => {
    const [map] = groupAttempts([
      ev(3, 2, 'MapStateStarted', {}, 30),
      ev(9, 8, 'MapStateFailed', { error: 'States.ExceedToleratedFailureThreshold', cause: 'too many' }, 90),
    ]);
    expect(map).toMatchObject({
      status: 'failed',
      lastEventId: 9,
      error: 'States.ExceedToleratedFailureThreshold',
      cause: 'too many',
      durationMs: 60,
    });
    const [parallel] = groupAttempts([
      ev(3, 2, 'ParallelStateStarted', undefined, 30),
      ev(9, 8, 'ParallelStateFailed', { error: 'E' }, 50),
    ]);
    expect(parallel).toMatchObject({ kind: 'parallel', status: 'failed', error: 'E', durationMs: 20 });
  });

  it('keeps the status of a run already ended when a MapRunFailed or MapStateFailed follows, taking its error', () => {
    const [attempt] = groupAttempts([
      ev(3, 2, 'MapStateStarted', {}, 30),
      ev(4, 3, 'MapStateAborted', undefined, 40),
      ev(5, 4, 'MapRunFailed', { error: 'States.Runtime' }, 50),
    ]);
    expect(attempt).toMatchObject({ status: 'aborted', endedAt: atMs(40), lastEventId: 5, error: 'States.Runtime' });
  });

  it.each([
    ['ParallelStateStarted', 'ParallelStateAborted', 'parallel'],
    ['MapStateStarted', 'MapStateAborted', 'map'],
    ['TaskScheduled', 'TaskStateAborted', 'task'],
  ] as const)('ends a %s run with %s as aborted', (start, abort, kind) => {
    const [attempt] = groupAttempts([ev(3, 2, start, {}, 30), ev(4, 3, abort, undefined, 80)]);
    expect(attempt).toMatchObject({ kind, status: 'aborted', lastEventId: 4, endedAt: atMs(80), durationMs: 50 });
  });

  it('ignores Map and Parallel outcome events that come before any run', () => {
    expect(groupAttempts([ev(5, 4, 'MapIterationFailed', { name: 'M', index: 0 }), ev(6, 5, 'MapStateSucceeded')])).toEqual([]);
  });

  it('gives no durations or back-off when timestamps are missing', () => {
    const attempts = groupAttempts([
      ev(3, 2, 'TaskScheduled', {}, null),
      ev(4, 3, 'TaskFailed', {}, null),
      ev(5, 4, 'TaskScheduled', {}, null),
      ev(6, 5, 'TaskSucceeded', {}, null),
    ]);
    expect(attempts.map((a) => [a.status, a.durationMs, a.backoffMs])).toEqual([
      ['failed', null, null],
      ['succeeded', null, null],
    ]);
  });
});
