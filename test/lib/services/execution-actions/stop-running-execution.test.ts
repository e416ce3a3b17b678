import { afterEach, describe, expect, it } from 'vitest';
import { stopRunningExecution } from '@/lib/services/execution-actions/stop-running-execution';
import { fakeAwsClients, type FakeAws } from '../../../support/aws-fakes/fake-aws-clients';

const ARN = 'arn:aws:states:us-east-1:123456789012:execution:order-processing:order-1';
const described = (status: string) => () => ({
  executionArn: ARN,
  stateMachineArn: 'arn:aws:states:us-east-1:123456789012:stateMachine:order-processing',
  name: 'order-1',
  status,
  startDate: new Date(),
});
let fake: FakeAws | undefined;
afterEach(() => fake?.restore());

describe('stopRunningExecution', () => {
  it('stops a running execution, saying the dashboard did it', async () => {
    fake = fakeAwsClients({ sfn: { DescribeExecution: described('RUNNING'), StopExecution: () => ({ stopDate: new Date() }) } });
    expect(await stopRunningExecution(ARN)).toEqual({
      ok: true,
      value: { action: 'stop', executionArn: ARN, message: 'order-1 was stopped; it ends ABORTED.' },
    });
    expect(fake.inputsOf('StopExecution')).toEqual([
      { executionArn: ARN, error: undefined, cause: 'Stopped from the Statescope dashboard.' },
    ]);
  });

  it('checks the execution as it is now: one that already ended is not stopped', async () => {
    fake = fakeAwsClients({ sfn: { DescribeExecution: described('SUCCEEDED') } });
    expect(await stopRunningExecution(ARN)).toMatchObject({
      ok: false,
      problem: { kind: 'conflict', message: 'Only a running execution can be stopped; this one is SUCCEEDED.' },
    });
    expect(fake.inputsOf('StopExecution')).toEqual([]);
  });
});
