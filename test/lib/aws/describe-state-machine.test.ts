import { afterEach, describe, expect, it } from 'vitest';
import { describeStateMachine } from '@/lib/aws/describe-state-machine';
import { awsError, fakeAwsClients, type FakeAws } from '../../support/aws-fakes/fake-aws-clients';

const ARN = 'arn:aws:states:us-east-1:123456789012:stateMachine:M';
let fake: FakeAws | undefined;
afterEach(() => fake?.restore());

describe('describeStateMachine', () => {
  it('turns DescribeStateMachine’s answer into a StateMachineDetail, with the logging level and data flag', async () => {
    fake = fakeAwsClients({
      sfn: {
        DescribeStateMachine: () => ({
          stateMachineArn: ARN,
          name: 'M',
          type: 'EXPRESS',
          creationDate: new Date(5_000),
          status: 'ACTIVE',
          definition: '{"StartAt":"A"}',
          roleArn: 'arn:aws:iam::123456789012:role/R',
          description: 'Orders',
          revisionId: 'rev',
          loggingConfiguration: { level: 'ERROR', includeExecutionData: false },
        }),
      },
    });
    expect(await describeStateMachine(ARN)).toEqual({
      arn: ARN,
      name: 'M',
      type: 'EXPRESS',
      createdAt: new Date(5_000),
      status: 'ACTIVE',
      definition: '{"StartAt":"A"}',
      roleArn: 'arn:aws:iam::123456789012:role/R',
      description: 'Orders',
      revisionId: 'rev',
      loggingLevel: 'ERROR',
      includeExecutionDataInLogs: false,
    });
    expect(fake.inputsOf('DescribeStateMachine')).toEqual([{ stateMachineArn: ARN }]);
  });

  it('fills in what the answer left out', async () => {
    fake = fakeAwsClients({ sfn: { DescribeStateMachine: () => ({}) } });
    expect(await describeStateMachine(ARN)).toMatchObject({
      arn: ARN,
      name: '',
      type: 'STANDARD',
      createdAt: new Date(0),
      definition: '',
      roleArn: '',
      loggingLevel: undefined,
    });
  });

  it('maps StateMachineDoesNotExist to not-found', async () => {
    fake = fakeAwsClients({
      sfn: {
        DescribeStateMachine: () => {
          throw awsError('StateMachineDoesNotExist');
        },
      },
    });
    await expect(describeStateMachine(ARN)).rejects.toMatchObject({ kind: 'not-found', message: `${ARN} was not found in us-east-1.` });
  });
});
