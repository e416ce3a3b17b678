import { describe, expect, it } from 'vitest';
import { FunctionNotFound, TaskFailure } from '@/lib/emulator/engine/types';
import { chainOf, detailsOf, runDefinition } from '../../../../support/emulator-engine/run-definition';
import { at } from '../../../../support/at';

const LAMBDA_ARN = 'arn:aws:lambda:us-east-1:123456789012:function:greet';

describe('Task state with a Lambda function ARN', () => {
  it('writes LambdaFunctionScheduled/Started/Succeeded and passes the payload to the invoker', async () => {
    const run = await runDefinition(
      { StartAt: 'Greet', States: { Greet: { Type: 'Task', Resource: LAMBDA_ARN, ResultPath: '$.greeting', End: true } } },
      { input: { name: 'Ada' }, invoke: async (inv) => `hello ${(inv.payload as { name: string }).name}` },
    );
    expect(chainOf(run.events)).toEqual([
      [1, 0, 'ExecutionStarted'],
      [2, 0, 'TaskStateEntered'],
      [3, 2, 'LambdaFunctionScheduled'],
      [4, 3, 'LambdaFunctionStarted'],
      [5, 4, 'LambdaFunctionSucceeded'],
      [6, 5, 'TaskStateExited'],
      [7, 6, 'ExecutionSucceeded'],
    ]);
    expect(detailsOf(run.events[2])).toEqual({ resource: LAMBDA_ARN, input: '{"name":"Ada"}', inputDetails: { truncated: false } });
    expect(run.events[3]).not.toHaveProperty('lambdaFunctionStartedEventDetails');
    expect(run.invocations[0]).toMatchObject({ functionName: 'greet', resource: LAMBDA_ARN, stateName: 'Greet' });
    expect(run.outcome).toMatchObject({ status: 'SUCCEEDED', output: '{"name":"Ada","greeting":"hello Ada"}' });
  });

  it('records a thrown TaskFailure as LambdaFunctionFailed and fails the execution with its error and cause', async () => {
    const cause = '{"errorMessage": "boom", "errorType": "Exception"}';
    const run = await runDefinition(
      { StartAt: 'T', States: { T: { Type: 'Task', Resource: LAMBDA_ARN, End: true } } },
      {
        invoke: async () => {
          throw new TaskFailure('Exception', cause);
        },
      },
    );
    expect(run.types).toEqual([
      'ExecutionStarted',
      'TaskStateEntered',
      'LambdaFunctionScheduled',
      'LambdaFunctionStarted',
      'LambdaFunctionFailed',
      'ExecutionFailed',
    ]);
    expect(detailsOf(run.events[4])).toEqual({ error: 'Exception', cause });
    expect(run.outcome).toMatchObject({ status: 'FAILED', error: 'Exception', cause });
  });
});

describe('Task state with arn:aws:states:::lambda:invoke', () => {
  const definition = {
    StartAt: 'Invoke',
    States: {
      Invoke: {
        Type: 'Task',
        Resource: 'arn:aws:states:::lambda:invoke',
        Parameters: { FunctionName: 'arn:aws:lambda:us-east-1:123456789012:function:adder', 'Payload.$': '$' },
        End: true,
      },
    },
  };

  it('writes TaskScheduled with the parameters as JSON text and returns the Lambda response envelope', async () => {
    const run = await runDefinition(definition, { input: { a: 1 }, invoke: async () => ({ sum: 3 }) });
    expect(run.types).toEqual([
      'ExecutionStarted',
      'TaskStateEntered',
      'TaskScheduled',
      'TaskStarted',
      'TaskSucceeded',
      'TaskStateExited',
      'ExecutionSucceeded',
    ]);
    expect(detailsOf(run.events[2])).toEqual({
      resourceType: 'lambda',
      resource: 'invoke',
      region: 'us-east-1',
      parameters: '{"FunctionName":"arn:aws:lambda:us-east-1:123456789012:function:adder","Payload":{"a":1}}',
    });
    expect(detailsOf(run.events[3])).toEqual({ resourceType: 'lambda', resource: 'invoke' });
    expect(run.invocations[0]).toMatchObject({ functionName: 'adder', payload: { a: 1 } });
    const envelope = JSON.parse(String(detailsOf(run.events[4]).output)) as Record<string, unknown>;
    expect(Object.keys(envelope)).toEqual(['ExecutedVersion', 'Payload', 'SdkHttpMetadata', 'SdkResponseMetadata', 'StatusCode']);
    expect(envelope).toMatchObject({ ExecutedVersion: '$LATEST', Payload: { sum: 3 }, StatusCode: 200 });
  });

  it('re-serialises a JSON error cause compactly in TaskFailed, as AWS does', async () => {
    const run = await runDefinition(definition, {
      invoke: async () => {
        throw new TaskFailure('Exception', '{"errorMessage": "bad", "errorType": "Exception"}');
      },
    });
    expect(detailsOf(run.events[4])).toEqual({
      resourceType: 'lambda',
      resource: 'invoke',
      error: 'Exception',
      cause: '{"errorMessage":"bad","errorType":"Exception"}',
    });
  });

  it('fails with Lambda.ResourceNotFoundException worded like AWS when the function does not exist', async () => {
    const run = await runDefinition(definition, {
      invoke: async () => {
        throw new FunctionNotFound('adder');
      },
    });
    const failed = detailsOf(run.events[4]);
    expect(at(run.events, 4).type).toBe('TaskFailed');
    expect(failed.error).toBe('Lambda.ResourceNotFoundException');
    expect(String(failed.cause)).toMatch(
      /^Function not found: arn:aws:lambda:us-east-1:123456789012:function:adder:\$LATEST \(Service: AWSLambda; Status Code: 404; Error Code: ResourceNotFoundException; Request ID: [0-9a-f-]{36}; Proxy: null\)$/,
    );
  });

  it('times out with TaskTimedOut and States.Timeout (no cause) when TimeoutSeconds passes', async () => {
    const timed = { ...definition, States: { Invoke: { ...definition.States.Invoke, TimeoutSeconds: 5 } } };
    const run = await runDefinition(timed, { timeScale: 0.001, invoke: () => new Promise(() => {}) });
    expect(run.types.slice(-2)).toEqual(['TaskTimedOut', 'ExecutionFailed']);
    expect(detailsOf(run.events[2])).toMatchObject({ timeoutInSeconds: 5 });
    expect(detailsOf(run.events[4])).toEqual({ resourceType: 'lambda', resource: 'invoke', error: 'States.Timeout' });
    expect(detailsOf(run.events[5])).toEqual({ error: 'States.Timeout' });
  });

  it('applies TimeoutSecondsPath read from the input', async () => {
    const timed = { ...definition, States: { Invoke: { ...definition.States.Invoke, TimeoutSecondsPath: '$.limit' } } };
    const run = await runDefinition(timed, { input: { limit: 3 }, timeScale: 0.001, invoke: () => new Promise(() => {}) });
    expect(detailsOf(run.events[2])).toMatchObject({ timeoutInSeconds: 3 });
    expect(run.outcome.error).toBe('States.Timeout');
  });

  it('treats HeartbeatSeconds as a heartbeat timeout since a Lambda cannot send heartbeats', async () => {
    const beat = { ...definition, States: { Invoke: { ...definition.States.Invoke, HeartbeatSeconds: 2 } } };
    const run = await runDefinition(beat, { timeScale: 0.001, invoke: () => new Promise(() => {}) });
    expect(detailsOf(run.events[2])).toMatchObject({ heartbeatInSeconds: 2 });
    expect(run.outcome.error).toBe('States.HeartbeatTimeout');
  });

  it('fails with States.DataLimitExceeded when the response exceeds 256 KiB', async () => {
    const run = await runDefinition(definition, { invoke: async () => 'x'.repeat(262_144) });
    expect(detailsOf(run.events[4])).toMatchObject({
      error: 'States.DataLimitExceeded',
      cause: "The state/task 'lambda' returned a result with a size exceeding the maximum number of bytes service limit.",
    });
  });
});

describe('Task state with other resources', () => {
  it('fails an unsupported service integration with a clear States.Runtime cause', async () => {
    const run = await runDefinition({
      StartAt: 'Send',
      States: { Send: { Type: 'Task', Resource: 'arn:aws:states:::sqs:sendMessage', Parameters: { QueueUrl: 'q' }, End: true } },
    });
    expect(run.types).toEqual(['ExecutionStarted', 'TaskStateEntered', 'TaskScheduled', 'TaskStartFailed', 'ExecutionFailed']);
    expect(detailsOf(run.events[3])).toMatchObject({ resourceType: 'sqs', resource: 'sendMessage', error: 'States.Runtime' });
    expect(run.outcome.cause).toContain("'sqs:sendMessage' service integration");
  });

  it('fails .waitForTaskToken as unsupported instead of waiting forever', async () => {
    const run = await runDefinition({
      StartAt: 'Wait',
      States: {
        Wait: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke.waitForTaskToken', Parameters: { FunctionName: 'f' }, End: true },
      },
    });
    expect(run.outcome.status).toBe('FAILED');
    expect(run.outcome.cause).toContain("'.waitForTaskToken' integration pattern");
  });

  it('evaluates JSONata Arguments and Output with $states.result', async () => {
    const run = await runDefinition(
      {
        QueryLanguage: 'JSONata',
        StartAt: 'T',
        States: {
          T: {
            Type: 'Task',
            Resource: LAMBDA_ARN,
            Arguments: { n: '{% $states.input.n * 2 %}' },
            Output: '{% $states.result.doubled %}',
            End: true,
          },
        },
      },
      { input: { n: 21 }, invoke: async (inv) => ({ doubled: (inv.payload as { n: number }).n }) },
    );
    expect(at(run.invocations, 0).payload).toEqual({ n: 42 });
    expect(run.outcome.output).toBe('42');
  });
});
