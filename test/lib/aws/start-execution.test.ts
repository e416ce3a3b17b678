import { afterEach, describe, expect, it } from 'vitest';
import { startExecution } from '@/lib/aws/start-execution';
import { awsError, fakeAwsClients, type FakeAws } from '../../support/aws-fakes/fake-aws-clients';

const MACHINE = 'arn:aws:states:us-east-1:123456789012:stateMachine:M';
let fake: FakeAws | undefined;
afterEach(() => fake?.restore());

describe('startExecution', () => {
  it('starts the machine with the input and returns the new execution', async () => {
    fake = fakeAwsClients({ sfn: { StartExecution: () => ({ executionArn: `${MACHINE}:new`, startDate: new Date(9_000) }) } });
    expect(await startExecution({ stateMachineArn: MACHINE, input: '{"a":1}' })).toEqual({
      ok: true,
      value: { executionArn: `${MACHINE}:new`, startedAt: new Date(9_000) },
    });
    expect(fake.inputsOf('StartExecution')).toEqual([{ stateMachineArn: MACHINE, input: '{"a":1}', name: undefined }]);
  });

  it('returns a full running-executions quota as its own problem', async () => {
    fake = fakeAwsClients({
      sfn: {
        StartExecution: () => {
          throw awsError('ExecutionLimitExceeded');
        },
      },
    });
    expect(await startExecution({ stateMachineArn: MACHINE, input: '{}' })).toMatchObject({
      ok: false,
      problem: { kind: 'limit-exceeded' },
    });
  });
});
