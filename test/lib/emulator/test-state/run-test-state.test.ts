import { describe, expect, it } from 'vitest';
import { def, testStateOf } from '../../../support/test-state/run-test-state-for-test';

const ROLE = 'arn:aws:iam::123456789012:role/R';
const parse = (text: unknown) => JSON.parse(String(text)) as unknown;

describe('runTestState', () => {
  it('runs a JSONPath Task with a mocked result through every stage, DEBUG showing each one', async () => {
    const answer = await testStateOf({
      definition: def({
        Type: 'Task',
        Resource: 'arn:aws:states:::lambda:invoke',
        InputPath: '$.order',
        Parameters: { FunctionName: 'f', 'Payload.$': '$' },
        ResultSelector: { 'total.$': '$.Payload.total' },
        ResultPath: '$.priced',
        OutputPath: '$.priced',
        Next: 'Ship',
      }),
      input: '{"order": {"id": 7}, "other": 1}',
      inspectionLevel: 'DEBUG',
      mock: { result: '{"StatusCode": 200, "Payload": {"total": 42}}' },
    });
    expect(answer).toMatchObject({ status: 'SUCCEEDED', nextState: 'Ship' });
    expect(parse(answer.output)).toEqual({ total: 42 });
    const data = answer.inspectionData as Record<string, string>;
    expect(parse(data.afterInputPath)).toEqual({ id: 7 });
    expect(parse(data.afterParameters)).toEqual({ FunctionName: 'f', Payload: { id: 7 } });
    expect(parse(data.result)).toEqual({ StatusCode: 200, Payload: { total: 42 } });
    expect(parse(data.afterResultSelector)).toEqual({ total: 42 });
    expect(parse(data.afterResultPath)).toEqual({ order: { id: 7 }, other: 1, priced: { total: 42 } });
  });

  it('gives no inspectionData at INFO', async () => {
    const answer = await testStateOf({ definition: def({ Type: 'Pass', End: true }), input: '{"a": 1}' });
    expect(answer).toEqual({ status: 'SUCCEEDED', output: '{"a":1}' });
  });

  it('answers RETRIABLE with the back-off AWS would wait, FAILED once the retrier is spent, CAUGHT_ERROR with the catcher', async () => {
    const state = {
      Type: 'Task',
      Resource: 'arn:aws:states:::lambda:invoke',
      Retry: [{ ErrorEquals: ['Other'] }, { ErrorEquals: ['Mock.Error'], IntervalSeconds: 2, BackoffRate: 3, MaxAttempts: 2 }],
      End: true,
    };
    const mock = { errorOutput: { error: 'Mock.Error', cause: 'mocked' } };
    const retriable = await testStateOf({
      definition: def(state),
      mock,
      inspectionLevel: 'TRACE',
      stateConfiguration: { retrierRetryCount: 1 },
    });
    expect(retriable).toMatchObject({ status: 'RETRIABLE', error: 'Mock.Error', cause: 'mocked' });
    expect((retriable.inspectionData as Record<string, unknown>).errorDetails).toEqual({ retryIndex: 1, retryBackoffIntervalSeconds: 6 });
    const spent = await testStateOf({
      definition: def(state),
      mock,
      inspectionLevel: 'DEBUG',
      stateConfiguration: { retrierRetryCount: 2 },
    });
    expect(spent).toMatchObject({ status: 'FAILED', error: 'Mock.Error' });
    expect((spent.inspectionData as Record<string, unknown>).errorDetails).toEqual({ retryIndex: 1 });
    const caught = await testStateOf({
      definition: def({ ...state, Retry: undefined, Catch: [{ ErrorEquals: ['States.ALL'], ResultPath: '$.err', Next: 'Recover' }] }),
      input: '{"k": 1}',
      mock,
      inspectionLevel: 'DEBUG',
    });
    expect(caught).toMatchObject({ status: 'CAUGHT_ERROR', nextState: 'Recover', error: 'Mock.Error' });
    expect(parse(caught.output)).toEqual({ k: 1, err: { Error: 'Mock.Error', Cause: 'mocked' } });
  });

  it('invokes the local Lambda handler for a Task without a mock', async () => {
    const answer = await testStateOf({
      definition: def({ Type: 'Task', Resource: 'arn:aws:lambda:us-east-1:123456789012:function:double', End: true }),
      input: '{"n": 21}',
      roleArn: ROLE,
    });
    expect(answer).toEqual({ status: 'SUCCEEDED', output: '{"n":42}' });
  });

  it('reports the chosen branch of a Choice and the variables of a JSONata state', async () => {
    const choice = await testStateOf({
      definition: def({ Type: 'Choice', Choices: [{ Variable: '$.n', NumericGreaterThan: 1, Next: 'Big' }], Default: 'Small' }),
      input: '{"n": 5}',
    });
    expect(choice).toMatchObject({ status: 'SUCCEEDED', nextState: 'Big' });
    const pass = await testStateOf({
      definition: def({ Type: 'Pass', QueryLanguage: 'JSONata', Assign: { total: '{% $x + 1 %}' }, Output: '{% $x %}', End: true }),
      variables: '{"x": 4}',
      inspectionLevel: 'DEBUG',
    });
    expect(pass.output).toBe('4');
    expect(parse((pass.inspectionData as Record<string, unknown>).variables)).toEqual({ x: 4, total: 5 });
  });

  it('shows a Wait state its next state at once, whatever it waits', async () => {
    const started = Date.now();
    const answer = await testStateOf({ definition: def({ Type: 'Wait', Seconds: 86_400, Next: 'After' }) });
    expect(answer).toMatchObject({ status: 'SUCCEEDED', nextState: 'After' });
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
