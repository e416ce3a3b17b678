import { afterEach, describe, expect, it } from 'vitest';
import { describeExpressLogging } from '@/lib/aws/describe-express-logging';
import { fakeAwsClients, type FakeAws } from '../../support/aws-fakes/fake-aws-clients';

const ARN = 'arn:aws:states:us-east-1:123456789012:stateMachine:M';
let fake: FakeAws | undefined;
afterEach(() => fake?.restore());

function answering(answer: Record<string, unknown>) {
  fake = fakeAwsClients({ sfn: { DescribeStateMachine: () => answer } });
}

describe('describeExpressLogging', () => {
  it('reads type, level, data flag and the log group of the destination', async () => {
    answering({
      stateMachineArn: ARN,
      type: 'EXPRESS',
      loggingConfiguration: {
        level: 'ALL',
        includeExecutionData: true,
        destinations: [
          { cloudWatchLogsLogGroup: { logGroupArn: 'arn:aws:logs:us-east-1:123456789012:log-group:/aws/vendedlogs/states/M:*' } },
        ],
      },
    });
    expect(await describeExpressLogging(ARN)).toEqual({
      stateMachineArn: ARN,
      type: 'EXPRESS',
      level: 'ALL',
      includeExecutionData: true,
      logGroupArn: 'arn:aws:logs:us-east-1:123456789012:log-group:/aws/vendedlogs/states/M:*',
      logGroupName: '/aws/vendedlogs/states/M',
    });
  });

  it('reads a log group ARN without the trailing :*', async () => {
    answering({
      type: 'EXPRESS',
      loggingConfiguration: {
        level: 'ERROR',
        destinations: [{ cloudWatchLogsLogGroup: { logGroupArn: 'arn:aws:logs:us-east-1:123456789012:log-group:g' } }],
      },
    });
    expect(await describeExpressLogging(ARN)).toMatchObject({ level: 'ERROR', includeExecutionData: false, logGroupName: 'g' });
  });

  it('reports OFF without logging configuration, and STANDARD for anything not EXPRESS', async () => {
    answering({});
    expect(await describeExpressLogging(ARN)).toEqual({
      stateMachineArn: ARN,
      type: 'STANDARD',
      level: 'OFF',
      includeExecutionData: false,
    });
  });

  it('reads an unknown level as OFF, and keeps the ARN of a destination it cannot name', async () => {
    answering({
      type: 'EXPRESS',
      loggingConfiguration: { level: 'VERBOSE', destinations: [{ cloudWatchLogsLogGroup: { logGroupArn: 'arn:aws:s3:::bucket' } }] },
    });
    const logging = await describeExpressLogging(ARN);
    expect(logging).toMatchObject({ level: 'OFF', logGroupArn: 'arn:aws:s3:::bucket' });
    expect(logging).not.toHaveProperty('logGroupName');
  });
});
