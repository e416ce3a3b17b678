import { afterEach, describe, expect, it } from 'vitest';
import { describeStateMachineForExecution } from '@/lib/aws/describe-state-machine-for-execution';
import { awsError, fakeAwsClients, type FakeAws } from '../../support/aws-fakes/fake-aws-clients';

let fake: FakeAws | undefined;
afterEach(() => fake?.restore());

describe('describeStateMachineForExecution', () => {
  it('answers the definition a Standard execution ran', async () => {
    const arn = 'arn:aws:states:us-east-1:123456789012:execution:M:e';
    fake = fakeAwsClients({
      sfn: {
        DescribeStateMachineForExecution: () => ({
          stateMachineArn: 'arn:aws:states:us-east-1:123456789012:stateMachine:M',
          name: 'M',
          definition: '{"old":true}',
          roleArn: 'arn:aws:iam::123456789012:role/R',
          updateDate: new Date(7_000),
          revisionId: 'r1',
          label: 'L',
        }),
      },
    });
    expect(await describeStateMachineForExecution(arn)).toEqual({
      arn: 'arn:aws:states:us-east-1:123456789012:stateMachine:M',
      name: 'M',
      definition: '{"old":true}',
      roleArn: 'arn:aws:iam::123456789012:role/R',
      updatedAt: new Date(7_000),
      revisionId: 'r1',
      mapRunArn: undefined,
      label: 'L',
    });
    expect(fake.inputsOf('DescribeStateMachineForExecution')).toEqual([{ executionArn: arn }]);
  });

  it('fills in what the answer left out', async () => {
    fake = fakeAwsClients({ sfn: { DescribeStateMachineForExecution: () => ({}) } });
    expect(await describeStateMachineForExecution('arn:aws:states:us-east-1:123456789012:execution:M:e')).toMatchObject({
      arn: '',
      name: '',
      definition: '',
      roleArn: '',
      updatedAt: new Date(0),
    });
  });

  it('answers the current definition for an Express execution, which AWS refuses here', async () => {
    fake = fakeAwsClients({
      sfn: {
        DescribeStateMachine: (input) => ({
          stateMachineArn: input.stateMachineArn,
          name: 'X',
          definition: '{"current":true}',
          roleArn: 'arn:aws:iam::123456789012:role/R',
          creationDate: new Date(3_000),
          revisionId: 'r9',
        }),
      },
    });
    expect(await describeStateMachineForExecution('arn:aws:states:us-east-1:123456789012:express:X:e:u')).toEqual({
      arn: 'arn:aws:states:us-east-1:123456789012:stateMachine:X',
      name: 'X',
      definition: '{"current":true}',
      roleArn: 'arn:aws:iam::123456789012:role/R',
      updatedAt: new Date(3_000),
      revisionId: 'r9',
    });
    expect(fake.calls.map((call) => call.command)).toEqual(['DescribeStateMachine']);
  });

  it('maps ExecutionDoesNotExist to not-found', async () => {
    fake = fakeAwsClients({
      sfn: {
        DescribeStateMachineForExecution: () => {
          throw awsError('ExecutionDoesNotExist');
        },
      },
    });
    await expect(describeStateMachineForExecution('arn:aws:states:us-east-1:123456789012:execution:M:e')).rejects.toMatchObject({
      kind: 'not-found',
    });
  });
});
