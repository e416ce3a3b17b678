import { afterEach, describe, expect, it } from 'vitest';
import { createCloudWatchClient, getCloudWatchClient, resetCloudWatchClient } from '@/lib/aws/cloudwatch-client';
import { DUMMY_CREDENTIALS, setAwsEnv } from '../../support/aws/aws-env';

let restore: (() => void) | undefined;
afterEach(() => {
  restore?.();
  resetCloudWatchClient();
});

describe('the CloudWatch client', () => {
  it('calls the endpoint AWS_ENDPOINT_URL names, in the adapter’s region, with 5 attempts', async () => {
    restore = setAwsEnv({ AWS_REGION: 'eu-west-1', AWS_ENDPOINT_URL: 'http://127.0.0.1:8083', ...DUMMY_CREDENTIALS });
    const client = createCloudWatchClient();
    expect(await client.config.serviceConfiguredEndpoint?.()).toBe('http://127.0.0.1:8083');
    expect(await client.config.region()).toBe('eu-west-1');
    expect(await client.config.maxAttempts()).toBe(5);
  });

  it('is shared by the process until reset', () => {
    restore = setAwsEnv({ AWS_REGION: 'us-east-1', ...DUMMY_CREDENTIALS });
    const shared = getCloudWatchClient();
    expect(getCloudWatchClient()).toBe(shared);
    resetCloudWatchClient();
    expect(getCloudWatchClient()).not.toBe(shared);
  });
});
