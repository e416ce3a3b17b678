import { afterEach, describe, expect, it } from 'vitest';
import { DataSourceError } from '@/lib/aws/errors';
import { testState, TestStateNotAvailableError } from '@/lib/aws/test-state';
import { awsError, fakeAwsClients, type FakeAws } from '../../support/aws-fakes/fake-aws-clients';

let fake: FakeAws | undefined;
afterEach(() => fake?.restore());

const REQUEST = {
  definition: '{"StartAt":"T","States":{"T":{"Type":"Task","Resource":"r","End":true}}}',
  stateName: 'T',
  input: '{"a":1}',
};

describe('testState', () => {
  it('asks for DEBUG inspection, mocks without field validation, and answers the stages as JSON text', async () => {
    fake = fakeAwsClients({
      sfn: {
        TestState: () => ({
          status: 'CAUGHT_ERROR',
          output: '{"e":1}',
          error: 'E',
          cause: 'c',
          nextState: 'Handle',
          inspectionData: { input: '{"a":1}', afterParameters: '{"p":1}', errorDetails: { catchIndex: 0 }, request: { url: 'x' } },
        }),
      },
    });
    const result = await testState({ ...REQUEST, roleArn: 'arn:aws:iam::1:role/r', mock: { errorOutput: { error: 'E', cause: 'c' } } });
    expect(result).toEqual({
      status: 'CAUGHT_ERROR',
      output: '{"e":1}',
      error: 'E',
      cause: 'c',
      nextState: 'Handle',
      inspection: {
        input: '{"a":1}',
        afterParameters: '{"p":1}',
        errorDetails: { catchIndex: 0, retryIndex: undefined, retryBackoffIntervalSeconds: undefined },
      },
    });
    expect(fake.inputsOf('TestState')).toEqual([
      {
        ...REQUEST,
        roleArn: 'arn:aws:iam::1:role/r',
        variables: undefined,
        inspectionLevel: 'DEBUG',
        mock: { errorOutput: { error: 'E', cause: 'c' }, fieldValidationMode: 'NONE' },
      },
    ]);
  });

  it('says the data source does not serve TestState when it answers UnknownOperationException', async () => {
    fake = fakeAwsClients({
      sfn: {
        TestState: () => {
          throw awsError('UnknownOperationException', 'no such action');
        },
      },
    });
    await expect(testState(REQUEST)).rejects.toThrow(TestStateNotAvailableError);
    await expect(testState(REQUEST)).rejects.toThrow(
      'The data source does not serve TestState (UnknownOperationException: no such action).',
    );
  });

  it('maps a refusal to access-denied and a rejected definition to invalid-input', async () => {
    fake = fakeAwsClients({
      sfn: {
        TestState: () => {
          throw awsError('AccessDeniedException', 'not authorized to perform: states:TestState');
        },
      },
    });
    await expect(testState(REQUEST)).rejects.toMatchObject({ name: 'DataSourceError', kind: 'access-denied' });
    fake.restore();
    fake = fakeAwsClients({
      sfn: {
        TestState: () => {
          throw awsError('InvalidDefinition', 'bad state');
        },
      },
    });
    const rejected = await testState(REQUEST).catch((error: unknown) => error);
    expect(rejected).toBeInstanceOf(DataSourceError);
    expect(rejected).toMatchObject({ kind: 'invalid-input', message: "Step Functions rejected the state's definition: bad state" });
  });
});
