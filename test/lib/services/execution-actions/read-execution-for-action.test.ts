import { afterEach, describe, expect, it } from 'vitest';
import { readExecutionForAction } from '@/lib/services/execution-actions/read-execution-for-action';
import { awsError, fakeAwsClients, type FakeAws } from '../../../support/aws-fakes/fake-aws-clients';

const ARN = 'arn:aws:states:us-east-1:123456789012:execution:order-processing:order-1';
let fake: FakeAws | undefined;
afterEach(() => fake?.restore());

describe('readExecutionForAction', () => {
  it('returns the execution when it offers the action now', async () => {
    fake = fakeAwsClients({
      sfn: { DescribeExecution: () => ({ executionArn: ARN, name: 'order-1', status: 'RUNNING', startDate: new Date() }) },
    });
    expect(await readExecutionForAction(ARN, 'stop', new Date())).toMatchObject({ ok: true, value: { name: 'order-1' } });
  });

  it('returns a missing execution as a not-found problem', async () => {
    fake = fakeAwsClients({
      sfn: {
        DescribeExecution: () => {
          throw awsError('ExecutionDoesNotExist');
        },
      },
    });
    expect(await readExecutionForAction(ARN, 'stop', new Date())).toMatchObject({ ok: false, problem: { kind: 'not-found' } });
  });
});
