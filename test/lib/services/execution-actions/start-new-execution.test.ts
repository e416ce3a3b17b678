import { afterEach, describe, expect, it } from 'vitest';
import { startNewExecution } from '@/lib/services/execution-actions/start-new-execution';
import { awsError, fakeAwsClients, type FakeAws } from '../../../support/aws-fakes/fake-aws-clients';

const MACHINE = 'arn:aws:states:us-east-1:123456789012:stateMachine:order-processing';
const ARN = 'arn:aws:states:us-east-1:123456789012:execution:order-processing:order-1';
let fake: FakeAws | undefined;
afterEach(() => fake?.restore());

const described =
  (extra: Record<string, unknown> = {}) =>
  () => ({
    executionArn: ARN,
    stateMachineArn: MACHINE,
    name: 'order-1',
    status: 'FAILED',
    startDate: new Date(),
    ...extra,
  });

describe('startNewExecution', () => {
  it('starts the same state machine with the input and links the new execution', async () => {
    fake = fakeAwsClients({
      sfn: { DescribeExecution: described(), StartExecution: () => ({ executionArn: `${ARN}-again`, startDate: new Date() }) },
    });
    expect(await startNewExecution(ARN, '{"orderId":"ORD-2"}')).toEqual({
      ok: true,
      value: { action: 'start', executionArn: `${ARN}-again`, message: 'A new execution of order-processing was started.' },
    });
    expect(fake.inputsOf('StartExecution')).toEqual([{ stateMachineArn: MACHINE, input: '{"orderId":"ORD-2"}', name: undefined }]);
  });

  it('starts the version the execution ran, when it ran one', async () => {
    fake = fakeAwsClients({
      sfn: {
        DescribeExecution: described({ stateMachineVersionArn: `${MACHINE}:3` }),
        StartExecution: () => ({ executionArn: 'arn:new' }),
      },
    });
    await startNewExecution(ARN, '{}');
    expect(fake.inputsOf('StartExecution')[0]).toMatchObject({ stateMachineArn: `${MACHINE}:3` });
  });

  it('reports a missing permission plainly', async () => {
    fake = fakeAwsClients({
      sfn: {
        DescribeExecution: described(),
        StartExecution: () => {
          throw awsError('AccessDeniedException');
        },
      },
    });
    expect(await startNewExecution(ARN, '{}')).toMatchObject({
      ok: false,
      problem: { message: 'Your credentials are not allowed to start executions (states:StartExecution).' },
    });
  });
});
