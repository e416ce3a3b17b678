import { describe, expect, it } from 'vitest';
import type { JsonValue } from '@/lib/emulator/asl/json-value';
import { ExecutionHalted, StateFailure } from '@/lib/emulator/engine/execution-errors';
import type { TaskTimeouts } from '@/lib/emulator/engine/invoke-with-timeout';
import { MAX_PAYLOAD_BYTES } from '@/lib/emulator/engine/payload';
import { parseTaskResource } from '@/lib/emulator/engine/task-resource';
import { runTaskResource } from '@/lib/emulator/engine/task-runners';
import { FunctionNotFound, TaskFailure, type TaskInvocation } from '@/lib/emulator/engine/types';
import { EXECUTION_ARN } from '../../../support/emulator-engine/run-definition';
import { makeFrame, rejectionOf, writtenEvents } from '../../../support/emulator-engine/state-frame';

const FUNCTION_ARN = 'arn:aws:lambda:us-east-1:123456789012:function:fn';
const LAMBDA_INVOKE = 'arn:aws:states:::lambda:invoke';
const ROLE = 'arn:aws:iam::123456789012:role/TaskRole';
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}';
const BIG = 'a'.repeat(MAX_PAYLOAD_BYTES);
const never = () => new Promise<unknown>(() => undefined);

/**
 * Runs one attempt of `resource` in a Task state whose entered event is #1 (so the events written here
 * are #2 onwards); timeouts run at 1/1000 of real time.
 */
async function attempt(
  resource: string,
  parameters: JsonValue,
  invoke: (i: TaskInvocation) => Promise<unknown>,
  timeouts: TaskTimeouts = {},
) {
  const harness = makeFrame({ type: 'Task', state: { Type: 'Task', Resource: resource, End: true }, invoke, timeScale: 0.001 });
  harness.branch.thread.last = harness.branch.runtime.writer.emit('TaskStateEntered', 0, { name: 'S' });
  const settled: { value?: JsonValue; error?: unknown } = await runTaskResource(
    harness.frame,
    parseTaskResource(resource),
    parameters,
    timeouts,
  ).then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
  return { ...harness, ...settled, written: writtenEvents(harness.events).slice(1), last: harness.branch.thread.last };
}

function failure(error: unknown): { error?: string; cause?: string; errorOutputCause?: string } {
  expect(error).toBeInstanceOf(StateFailure);
  const { error: name, cause, errorOutputCause } = error as StateFailure;
  return { error: name, cause, errorOutputCause };
}

describe('runTaskResource: a Lambda function ARN', () => {
  it('schedules, starts and succeeds, returning the function’s result', async () => {
    const run = await attempt(FUNCTION_ARN, { n: 1 }, async () => ({ ok: true }), {
      timeoutSeconds: 30,
      heartbeatSeconds: 10,
      roleArn: ROLE,
    });
    expect(run.written).toEqual([
      [
        'LambdaFunctionScheduled',
        1,
        {
          resource: FUNCTION_ARN,
          input: '{"n":1}',
          inputDetails: { truncated: false },
          timeoutInSeconds: 30,
          taskCredentials: { roleArn: ROLE },
        },
      ],
      ['LambdaFunctionStarted', 2, undefined],
      ['LambdaFunctionSucceeded', 3, { output: '{"ok":true}', outputDetails: { truncated: false } }],
    ]);
    expect(run.value).toEqual({ ok: true });
    expect(run.last).toBe(4);
    expect(run.invocations).toHaveLength(1);
    expect(run.invocations[0]).toMatchObject({
      resource: FUNCTION_ARN,
      functionName: 'fn',
      payload: { n: 1 },
      stateName: 'S',
      executionArn: EXECUTION_ARN,
    });
  });

  it('schedules without timeout or credentials when there are none', async () => {
    const run = await attempt(FUNCTION_ARN, null, async () => null);
    expect(run.written[0]).toEqual([
      'LambdaFunctionScheduled',
      1,
      { resource: FUNCTION_ARN, input: 'null', inputDetails: { truncated: false } },
    ]);
    expect(run.written[2]).toEqual(['LambdaFunctionSucceeded', 3, { output: 'null', outputDetails: { truncated: false } }]);
  });

  it('records a TaskFailure’s error and cause as they are', async () => {
    const run = await attempt(FUNCTION_ARN, {}, async () => {
      throw new TaskFailure('PaymentDeclined', '{ "errorMessage" : "no" }');
    });
    expect(run.written[2]).toEqual(['LambdaFunctionFailed', 3, { error: 'PaymentDeclined', cause: '{ "errorMessage" : "no" }' }]);
    expect(failure(run.error)).toEqual({ error: 'PaymentDeclined', cause: '{ "errorMessage" : "no" }', errorOutputCause: undefined });
    expect(run.last).toBe(4);
  });

  it('reports a missing function as Lambda.ResourceNotFoundException with AWS’s cause', async () => {
    const run = await attempt(`${FUNCTION_ARN}:prod`, {}, async () => {
      throw new FunctionNotFound('fn');
    });
    const { error, cause } = failure(run.error);
    expect(error).toBe('Lambda.ResourceNotFoundException');
    expect(cause).toMatch(
      new RegExp(
        `^Function not found: arn:aws:lambda:us-east-1:123456789012:function:fn:\\$LATEST \\(Service: AWSLambda; Status Code: 404; Error Code: ResourceNotFoundException; Request ID: ${UUID}; Proxy: null\\)$`,
      ),
    );
    expect(run.written[2]).toEqual(['LambdaFunctionFailed', 3, { error, cause }]);
  });

  it.each<[string, unknown, string]>([
    ['an Error', new Error('boom'), 'The function failed in the emulator: boom'],
    ['a thrown string', 'just text', 'The function failed in the emulator: just text'],
  ])('reports anything else thrown (%s) as Lambda.Unknown', async (_why, thrown, cause) => {
    const run = await attempt(FUNCTION_ARN, {}, async () => {
      throw thrown;
    });
    expect(failure(run.error)).toMatchObject({ error: 'Lambda.Unknown', cause });
  });

  it.each<[TaskTimeouts, string]>([
    [{ timeoutSeconds: 1 }, 'States.Timeout'],
    [{ timeoutSeconds: 60, heartbeatSeconds: 1 }, 'States.HeartbeatTimeout'],
  ])('times out (%j) with %s, no cause, and an empty cause for Catch', async (timeouts, error) => {
    const run = await attempt(FUNCTION_ARN, {}, never, timeouts);
    expect(run.written[2]).toEqual(['LambdaFunctionTimedOut', 3, { error }]);
    expect(failure(run.error)).toEqual({ error, cause: undefined, errorOutputCause: '' });
  });

  it('fails with States.DataLimitExceeded when the result is over 256 KiB', async () => {
    const run = await attempt(FUNCTION_ARN, {}, async () => BIG);
    const details = {
      error: 'States.DataLimitExceeded',
      cause: "The state/task 'lambda' returned a result with a size exceeding the maximum number of bytes service limit.",
    };
    expect(run.written[2]).toEqual(['LambdaFunctionFailed', 3, details]);
    expect(failure(run.error)).toMatchObject(details);
  });

  it('accepts a result of exactly 256 KiB of JSON text', async () => {
    const run = await attempt(FUNCTION_ARN, {}, async () => BIG.slice(2));
    expect(run.written[2]?.[0]).toBe('LambdaFunctionSucceeded');
  });

  it('lets an execution halt through, writing nothing more', async () => {
    const harness = makeFrame({ type: 'Task', invoke: never });
    const pending = runTaskResource(harness.frame, parseTaskResource(FUNCTION_ARN), {}, {});
    await new Promise((resolve) => setTimeout(resolve, 0));
    harness.halt.abort();
    expect(await rejectionOf(pending)).toBeInstanceOf(ExecutionHalted);
    expect(harness.events.map((e) => e.type)).toEqual(['LambdaFunctionScheduled', 'LambdaFunctionStarted']);
  });
});

describe('runTaskResource: arn:aws:states:::lambda:invoke', () => {
  const base = { resourceType: 'lambda', resource: 'invoke' };

  it('schedules with the parameters, invokes FunctionName with Payload and returns AWS’s envelope', async () => {
    const parameters = { FunctionName: `${FUNCTION_ARN}:prod`, Payload: { x: 1 } };
    const run = await attempt(LAMBDA_INVOKE, parameters, async () => ({ ok: true }), {
      timeoutSeconds: 30,
      heartbeatSeconds: 10,
      roleArn: ROLE,
    });
    expect(run.written.slice(0, 2)).toEqual([
      [
        'TaskScheduled',
        1,
        {
          ...base,
          region: 'us-east-1',
          parameters: JSON.stringify(parameters),
          timeoutInSeconds: 30,
          heartbeatInSeconds: 10,
          taskCredentials: { roleArn: ROLE },
        },
      ],
      ['TaskStarted', 2, base],
    ]);
    expect(run.invocations[0]).toMatchObject({ resource: LAMBDA_INVOKE, functionName: 'fn', payload: { x: 1 }, stateName: 'S' });
    expect(run.value).toMatchObject({ ExecutedVersion: '$LATEST', Payload: { ok: true }, StatusCode: 200 });
    expect(run.value).not.toHaveProperty('LogResult');
    expect(run.written[2]).toEqual([
      'TaskSucceeded',
      3,
      { ...base, output: JSON.stringify(run.value), outputDetails: { truncated: false } },
    ]);
    expect(run.last).toBe(4);
  });

  it('invokes with {} when there is no Payload, and null when Payload is null', async () => {
    expect((await attempt(LAMBDA_INVOKE, { FunctionName: 'fn' }, async () => 1)).invocations[0]?.payload).toEqual({});
    expect((await attempt(LAMBDA_INVOKE, { FunctionName: 'fn', Payload: null }, async () => 1)).invocations[0]?.payload).toBeNull();
  });

  it('adds the log tail when LogType is Tail', async () => {
    const run = await attempt(LAMBDA_INVOKE, { FunctionName: 'fn', LogType: 'Tail' }, async () => 1);
    expect(run.value).toHaveProperty('LogResult');
  });

  it('records a TaskFailure with its JSON cause compacted', async () => {
    const run = await attempt(LAMBDA_INVOKE, { FunctionName: 'fn' }, async () => {
      throw new TaskFailure('Boom', '{ "errorMessage" : "no" }');
    });
    expect(run.written[2]).toEqual(['TaskFailed', 3, { ...base, error: 'Boom', cause: '{"errorMessage":"no"}' }]);
    expect(failure(run.error)).toMatchObject({ error: 'Boom', cause: '{"errorMessage":"no"}' });
  });

  it('names the unqualified function ARN in a not-found cause', async () => {
    const run = await attempt(LAMBDA_INVOKE, { FunctionName: `${FUNCTION_ARN}:prod` }, async () => {
      throw new FunctionNotFound('fn');
    });
    expect(failure(run.error).cause).toMatch(
      /^Function not found: arn:aws:lambda:us-east-1:123456789012:function:fn:\$LATEST \(Service: AWSLambda;/,
    );
  });

  it('times out with TaskTimedOut', async () => {
    const run = await attempt(LAMBDA_INVOKE, { FunctionName: 'fn' }, never, { heartbeatSeconds: 1 });
    expect(run.written[2]).toEqual(['TaskTimedOut', 3, { ...base, error: 'States.HeartbeatTimeout' }]);
    expect(failure(run.error)).toEqual({ error: 'States.HeartbeatTimeout', cause: undefined, errorOutputCause: '' });
  });

  it('fails with States.DataLimitExceeded when the envelope is over 256 KiB', async () => {
    const run = await attempt(LAMBDA_INVOKE, { FunctionName: 'fn' }, async () => BIG.slice(0, MAX_PAYLOAD_BYTES - 10));
    expect(run.written[2]?.[0]).toBe('TaskFailed');
    expect(failure(run.error)).toMatchObject({ error: 'States.DataLimitExceeded' });
  });
});

describe('runTaskResource: integrations the emulator cannot run', () => {
  it.each<[string, string, string, string]>([
    [
      'arn:aws:states:::lambda:invoke.waitForTaskToken',
      'lambda',
      'invoke.waitForTaskToken',
      "The emulator does not support the '.waitForTaskToken' integration pattern; use 'arn:aws:states:::lambda:invoke' (request-response).",
    ],
    [
      'arn:aws:states:::sqs:sendMessage',
      'sqs',
      'sendMessage',
      "The emulator does not support the 'sqs:sendMessage' service integration; only Lambda functions run locally.",
    ],
    [
      'arn:aws:states:::states:startExecution.sync:2',
      'states',
      'startExecution.sync:2',
      "The emulator does not support the 'states:startExecution.sync:2' service integration; only Lambda functions run locally.",
    ],
    [
      'arn:aws:states:us-east-1:123456789012:activity:approve',
      'activity',
      'arn:aws:states:us-east-1:123456789012:activity:approve',
      'The emulator does not support activities.',
    ],
    ['not-an-arn', 'unknown', 'not-an-arn', "The emulator does not recognise the Task resource 'not-an-arn'."],
  ])('%s: scheduled, then TaskStartFailed with States.Runtime', async (resource, resourceType, name, cause) => {
    const run = await attempt(resource, { p: 1 }, async () => 'never called');
    expect(run.written).toEqual([
      ['TaskScheduled', 1, { resourceType, resource: name, region: 'us-east-1', parameters: '{"p":1}' }],
      ['TaskStartFailed', 2, { resourceType, resource: name, error: 'States.Runtime', cause }],
    ]);
    expect(failure(run.error)).toMatchObject({ error: 'States.Runtime', cause });
    expect(run.invocations).toHaveLength(0);
  });
});
