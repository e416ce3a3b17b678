import { afterEach, describe, expect, it } from 'vitest';
import { redriveFailedExecution } from '@/lib/services/execution-actions/redrive-failed-execution';
import { awsError, fakeAwsClients, type FakeAws } from '../../../support/aws-fakes/fake-aws-clients';

const ARN = 'arn:aws:states:us-east-1:123456789012:execution:order-processing:order-1';
const NOW = new Date('2026-12-04T12:00:00Z');
let fake: FakeAws | undefined;
afterEach(() => fake?.restore());

function describedAs(...answers: Array<{ status: string; redriveCount?: number; stopDate?: Date }>) {
  let call = 0;
  return () => {
    const answer = answers[Math.min(call++, answers.length - 1)];
    return { executionArn: ARN, stateMachineArn: 'arn:sm', name: 'order-1', startDate: new Date(NOW.getTime() - 60_000), ...answer };
  };
}

describe('redriveFailedExecution', () => {
  it('redrives a failed execution and reports the redrive count AWS now has', async () => {
    fake = fakeAwsClients({
      sfn: {
        DescribeExecution: describedAs({ status: 'FAILED', stopDate: NOW, redriveCount: 0 }, { status: 'RUNNING', redriveCount: 1 }),
        RedriveExecution: () => ({ redriveDate: NOW }),
      },
    });
    expect(await redriveFailedExecution(ARN, NOW)).toEqual({
      ok: true,
      value: { action: 'redrive', executionArn: ARN, message: 'order-1 was redriven (redrive count 1); it is running again.' },
    });
  });

  it('does not send RedriveExecution past the 14-day window', async () => {
    fake = fakeAwsClients({
      sfn: { DescribeExecution: describedAs({ status: 'FAILED', stopDate: new Date(NOW.getTime() - 15 * 86_400_000) }) },
    });
    expect(await redriveFailedExecution(ARN, NOW)).toMatchObject({ ok: false, problem: { kind: 'conflict' } });
    expect(fake.inputsOf('RedriveExecution')).toEqual([]);
  });

  it('says plainly when the data source lacks RedriveExecution', async () => {
    fake = fakeAwsClients({
      sfn: {
        DescribeExecution: describedAs({ status: 'FAILED', stopDate: NOW }),
        RedriveExecution: () => {
          throw awsError('UnknownOperationException');
        },
      },
    });
    expect(await redriveFailedExecution(ARN, NOW)).toMatchObject({
      ok: false,
      problem: { kind: 'unsupported', message: 'This data source does not support RedriveExecution.' },
    });
  });
});
