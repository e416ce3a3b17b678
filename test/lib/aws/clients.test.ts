import { writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { createAwsClients } from '@/lib/aws/clients';
import { setAwsEnv } from '../../support/aws/aws-env';

describe('createAwsClients', () => {
  let restore: (() => void) | undefined;
  afterEach(() => {
    restore?.();
    restore = undefined;
  });

  it('lets the SDK pick each service endpoint from its own variables', async () => {
    restore = setAwsEnv({
      AWS_REGION: 'us-east-1',
      AWS_ENDPOINT_URL: 'http://127.0.0.1:4566',
      AWS_ENDPOINT_URL_SFN: 'http://127.0.0.1:8083',
      AWS_ENDPOINT_URL_CLOUDWATCH_LOGS: 'http://127.0.0.1:9999',
    });
    const { sfn, logs } = createAwsClients();
    expect(await sfn.config.serviceConfiguredEndpoint?.()).toBe('http://127.0.0.1:8083');
    expect(await logs.config.serviceConfiguredEndpoint?.()).toBe('http://127.0.0.1:9999');
  });

  it('falls back to AWS_ENDPOINT_URL for a service without its own variable', async () => {
    restore = setAwsEnv({ AWS_REGION: 'us-east-1', AWS_ENDPOINT_URL: 'http://127.0.0.1:4566' });
    const { logs } = createAwsClients();
    expect(await logs.config.serviceConfiguredEndpoint?.()).toBe('http://127.0.0.1:4566');
  });

  it('gives both clients us-east-1 when no region is configured, and never injects host prefixes', async () => {
    restore = setAwsEnv({});
    const { sfn, logs, region } = createAwsClients();
    expect(await sfn.config.region()).toBe('us-east-1');
    expect(await logs.config.region()).toBe('us-east-1');
    expect(await region()).toEqual({ region: 'us-east-1', source: 'fallback (none configured)' });
    expect(sfn.config.disableHostPrefix).toBe(true);
  });

  it('reads the region from the shared config file when AWS_REGION is unset', async () => {
    restore = setAwsEnv({});
    writeFileSync(process.env.AWS_CONFIG_FILE ?? '', '[default]\nregion = ap-southeast-2\n');
    expect(await createAwsClients().region()).toEqual({ region: 'ap-southeast-2', source: 'SDK configuration' });
  });
});
