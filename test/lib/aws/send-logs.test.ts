import { afterEach, describe, expect, it } from 'vitest';
import { DataSourceError } from '@/lib/aws/errors';
import { sendLogs } from '@/lib/aws/send-logs';
import { awsError, fakeAwsClients, type FakeAws } from '../../support/aws-fakes/fake-aws-clients';

let fake: FakeAws | undefined;
afterEach(() => fake?.restore());

describe('sendLogs', () => {
  it('hands the shared CloudWatch Logs client to the call and returns its result', async () => {
    fake = fakeAwsClients({});
    const { getAwsClients } = await import('@/lib/aws/clients');
    expect(await sendLogs('FilterLogEvents', 'g', async (client) => (client === getAwsClients().logs ? 'same client' : 'other'))).toBe(
      'same client',
    );
  });

  it('maps a known AWS error, naming CloudWatch Logs and the operation', async () => {
    fake = fakeAwsClients({});
    const error = await sendLogs('FilterLogEvents', 'g', () =>
      Promise.reject(awsError('AccessDeniedException', 'no logs:FilterLogEvents')),
    ).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DataSourceError);
    expect(error).toMatchObject({
      kind: 'access-denied',
      message: 'CloudWatch Logs refused the request (FilterLogEvents): no logs:FilterLogEvents',
      hint: expect.stringContaining('logs:FilterLogEvents'),
    });
  });

  it('maps a missing log group to not-found, with a hint about the logging configuration', async () => {
    fake = fakeAwsClients({});
    const error = await sendLogs('FilterLogEvents', '/aws/vendedlogs/states/gone', () =>
      Promise.reject(awsError('ResourceNotFoundException', 'The specified log group does not exist.')),
    ).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DataSourceError);
    expect(error).toMatchObject({
      kind: 'not-found',
      message: '/aws/vendedlogs/states/gone was not found.',
      hint: expect.stringContaining('logging configuration names a log group'),
    });
  });

  it('maps throttling to a throttled DataSourceError', async () => {
    fake = fakeAwsClients({});
    await expect(sendLogs('FilterLogEvents', 'g', () => Promise.reject(awsError('ThrottlingException')))).rejects.toMatchObject({
      kind: 'throttled',
    });
  });

  it('rethrows an error it does not recognise unchanged', async () => {
    fake = fakeAwsClients({});
    const odd = new Error('a bug');
    await expect(sendLogs('FilterLogEvents', 'g', () => Promise.reject(odd))).rejects.toBe(odd);
  });
});
