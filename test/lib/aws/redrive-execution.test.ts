import { afterEach, describe, expect, it } from 'vitest';
import { redriveExecution } from '@/lib/aws/redrive-execution';
import { awsError, fakeAwsClients, type FakeAws } from '../../support/aws-fakes/fake-aws-clients';

const ARN = 'arn:aws:states:us-east-1:123456789012:execution:M:e';
let fake: FakeAws | undefined;
afterEach(() => fake?.restore());

describe('redriveExecution', () => {
  it('sends RedriveExecution and returns its redrive date', async () => {
    fake = fakeAwsClients({ sfn: { RedriveExecution: () => ({ redriveDate: new Date(7_000) }) } });
    expect(await redriveExecution(ARN, 'token-1')).toEqual({ ok: true, value: { redrivenAt: new Date(7_000) } });
    expect(fake.inputsOf('RedriveExecution')).toEqual([{ executionArn: ARN, clientToken: 'token-1' }]);
  });

  it('returns AWS’s refusal as a conflict', async () => {
    fake = fakeAwsClients({
      sfn: {
        RedriveExecution: () => {
          throw awsError('ExecutionNotRedrivable', 'Execution redrivable period exceeded');
        },
      },
    });
    expect(await redriveExecution(ARN)).toMatchObject({
      ok: false,
      problem: { kind: 'conflict', message: 'Step Functions refused RedriveExecution: Execution redrivable period exceeded' },
    });
  });
});
