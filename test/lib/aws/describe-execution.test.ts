import { afterEach, describe, expect, it } from 'vitest';
import { describeExecution } from '@/lib/aws/describe-execution';
import { DataSourceError } from '@/lib/aws/errors';
import { awsError, FAKE_ENDPOINT, fakeAwsClients, type FakeAws } from '../../support/aws-fakes/fake-aws-clients';

const ARN = 'arn:aws:states:us-east-1:123456789012:execution:M:e';
let fake: FakeAws | undefined;
afterEach(() => fake?.restore());

describe('describeExecution', () => {
  it('turns DescribeExecution’s answer into an ExecutionDetail', async () => {
    fake = fakeAwsClients({
      sfn: {
        DescribeExecution: () => ({
          executionArn: ARN,
          stateMachineArn: 'arn:aws:states:us-east-1:123456789012:stateMachine:M',
          name: 'e',
          status: 'FAILED',
          startDate: new Date(1_000),
          stopDate: new Date(2_000),
          redriveCount: 1,
          input: '{"a":1}',
          error: 'Boom',
          cause: 'it broke',
          redriveDate: new Date(1_500),
          redriveStatus: 'REDRIVABLE',
          redriveStatusReason: 'because',
          stateMachineVersionArn: 'arn:aws:states:us-east-1:123456789012:stateMachine:M:2',
        }),
      },
    });
    expect(await describeExecution(ARN)).toEqual({
      arn: ARN,
      stateMachineArn: 'arn:aws:states:us-east-1:123456789012:stateMachine:M',
      name: 'e',
      status: 'FAILED',
      startedAt: new Date(1_000),
      stoppedAt: new Date(2_000),
      redriveCount: 1,
      input: '{"a":1}',
      output: undefined,
      error: 'Boom',
      cause: 'it broke',
      stateMachineVersionArn: 'arn:aws:states:us-east-1:123456789012:stateMachine:M:2',
      stateMachineAliasArn: undefined,
      mapRunArn: undefined,
      redriveDate: new Date(1_500),
      redriveStatus: 'REDRIVABLE',
      redriveStatusReason: 'because',
    });
    expect(fake.inputsOf('DescribeExecution')).toEqual([{ executionArn: ARN }]);
  });

  it('fills in what the answer left out: the asked ARN, empty names, the epoch as start', async () => {
    fake = fakeAwsClients({ sfn: { DescribeExecution: () => ({ status: 'RUNNING' }) } });
    expect(await describeExecution(ARN)).toMatchObject({
      arn: ARN,
      stateMachineArn: '',
      name: '',
      status: 'RUNNING',
      startedAt: new Date(0),
      stoppedAt: undefined,
    });
  });

  it('maps ExecutionDoesNotExist to a not-found DataSourceError naming the ARN and region', async () => {
    fake = fakeAwsClients({
      sfn: {
        DescribeExecution: () => {
          throw awsError('ExecutionDoesNotExist');
        },
      },
    });
    const error = await describeExecution(ARN).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DataSourceError);
    expect(error).toMatchObject({ kind: 'not-found', message: `${ARN} was not found in us-east-1.` });
  });

  it('maps an access denial with the endpoint and operation in the message', async () => {
    fake = fakeAwsClients({
      sfn: {
        DescribeExecution: () => {
          throw awsError('AccessDeniedException', 'not allowed');
        },
      },
    });
    await expect(describeExecution(ARN)).rejects.toMatchObject({
      kind: 'access-denied',
      message: `Step Functions at ${FAKE_ENDPOINT} refused the request (DescribeExecution): not allowed`,
    });
  });

  it('rethrows an error it does not recognise unchanged', async () => {
    const odd = new TypeError('bug');
    fake = fakeAwsClients({
      sfn: {
        DescribeExecution: () => {
          throw odd;
        },
      },
    });
    await expect(describeExecution(ARN)).rejects.toBe(odd);
  });

  it('reads an Express execution from CloudWatch Logs instead of calling DescribeExecution', async () => {
    const express = 'arn:aws:states:us-east-1:123456789012:express:describe-execution-express:run:u';
    fake = fakeAwsClients({
      sfn: { DescribeStateMachine: () => ({ type: 'EXPRESS', loggingConfiguration: { level: 'OFF' } }) },
    });
    await expect(describeExecution(express)).rejects.toMatchObject({
      kind: 'invalid-input',
      message: expect.stringContaining('without CloudWatch Logs logging'),
    });
    expect(fake.calls.map((call) => call.command)).toEqual(['DescribeStateMachine']);
  });
});
