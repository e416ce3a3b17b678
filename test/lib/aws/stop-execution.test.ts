import { afterEach, describe, expect, it } from 'vitest';
import { stopExecution } from '@/lib/aws/stop-execution';
import { awsError, fakeAwsClients, type FakeAws } from '../../support/aws-fakes/fake-aws-clients';

const ARN = 'arn:aws:states:us-east-1:123456789012:execution:M:e';
let fake: FakeAws | undefined;
afterEach(() => fake?.restore());

describe('stopExecution', () => {
  it('sends StopExecution with the cause and returns when it stopped', async () => {
    fake = fakeAwsClients({ sfn: { StopExecution: () => ({ stopDate: new Date(5_000) }) } });
    expect(await stopExecution(ARN, { cause: 'why' })).toEqual({ ok: true, value: { stoppedAt: new Date(5_000) } });
    expect(fake.inputsOf('StopExecution')).toEqual([{ executionArn: ARN, error: undefined, cause: 'why' }]);
  });

  it('returns a missing permission as a problem, not a throw', async () => {
    fake = fakeAwsClients({
      sfn: {
        StopExecution: () => {
          throw awsError('AccessDeniedException');
        },
      },
    });
    expect(await stopExecution(ARN)).toMatchObject({ ok: false, problem: { kind: 'access-denied' } });
  });
});
