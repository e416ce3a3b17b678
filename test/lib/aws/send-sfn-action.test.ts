import { afterEach, describe, expect, it } from 'vitest';
import { sendSfnAction } from '@/lib/aws/send-sfn-action';
import { FAKE_ENDPOINT, fakeAwsClients, type FakeAws } from '../../support/aws-fakes/fake-aws-clients';

let fake: FakeAws | undefined;
afterEach(() => fake?.restore());

describe('sendSfnAction', () => {
  it('returns the answer as a value', async () => {
    fake = fakeAwsClients({});
    expect(await sendSfnAction('StopExecution', 'arn:x', async () => 'done')).toEqual({ ok: true, value: 'done' });
  });

  it('names the endpoint when it cannot be reached', async () => {
    fake = fakeAwsClients({});
    const refused = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    expect(
      await sendSfnAction('StopExecution', 'arn:x', async () => {
        throw refused;
      }),
    ).toMatchObject({
      ok: false,
      problem: { kind: 'unreachable', message: `Could not reach Step Functions at ${FAKE_ENDPOINT} (ECONNREFUSED).` },
    });
  });

  it('rethrows what it does not recognise: a bug, not a data-source state', async () => {
    fake = fakeAwsClients({});
    await expect(
      sendSfnAction('StopExecution', 'arn:x', async () => {
        throw new TypeError('bug');
      }),
    ).rejects.toThrow('bug');
  });
});
