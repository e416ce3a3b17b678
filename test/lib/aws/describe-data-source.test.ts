import { afterEach, describe, expect, it } from 'vitest';
import { describeDataSource } from '@/lib/aws/describe-data-source';
import { DUMMY_CREDENTIALS, setAwsEnv } from '../../support/aws/aws-env';

describe('describeDataSource', () => {
  let restore: (() => void) | undefined;
  afterEach(() => {
    restore?.();
    restore = undefined;
  });

  it('reports AWS_ENDPOINT_URL and AWS_REGION as the sources', async () => {
    restore = setAwsEnv({ ...DUMMY_CREDENTIALS, AWS_REGION: 'eu-west-1', AWS_ENDPOINT_URL: 'http://127.0.0.1:8083' });
    expect(await describeDataSource()).toEqual({
      endpoint: 'http://127.0.0.1:8083',
      endpointSource: 'AWS_ENDPOINT_URL',
      region: 'eu-west-1',
      regionSource: 'AWS_REGION',
      isCustomEndpoint: true,
    });
  });

  it('prefers AWS_ENDPOINT_URL_SFN over AWS_ENDPOINT_URL, as the SDK does', async () => {
    restore = setAwsEnv({
      AWS_REGION: 'us-east-1',
      AWS_ENDPOINT_URL: 'http://127.0.0.1:4566',
      AWS_ENDPOINT_URL_SFN: 'http://127.0.0.1:8083',
    });
    expect(await describeDataSource()).toMatchObject({ endpoint: 'http://127.0.0.1:8083', endpointSource: 'AWS_ENDPOINT_URL_SFN' });
  });

  it('falls back to us-east-1 and says so when no region is configured', async () => {
    restore = setAwsEnv({ AWS_ENDPOINT_URL: 'http://127.0.0.1:8083' });
    expect(await describeDataSource()).toMatchObject({ region: 'us-east-1', regionSource: 'fallback (none configured)' });
  });

  it('names the AWS regional endpoint when no endpoint is configured', async () => {
    restore = setAwsEnv({ AWS_REGION: 'eu-central-1' });
    expect(await describeDataSource()).toMatchObject({
      endpoint: 'https://states.eu-central-1.amazonaws.com',
      endpointSource: 'AWS default',
      isCustomEndpoint: false,
    });
  });
});
