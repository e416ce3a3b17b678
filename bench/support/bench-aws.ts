import { SFNClient } from '@aws-sdk/client-sfn';
import { resetAwsClients } from '../../lib/aws/clients';
import { resetCloudWatchClient } from '../../lib/aws/cloudwatch-client';

/** The AWS settings every bench gives the code it measures: a fixed region and throwaway keys, no instance metadata. */
export const BENCH_AWS_ENV = {
  AWS_REGION: 'us-east-1',
  AWS_ACCESS_KEY_ID: 'bench',
  AWS_SECRET_ACCESS_KEY: 'bench',
  AWS_EC2_METADATA_DISABLED: 'true',
} as const;

/** A Step Functions client of the bench's own, against the emulator at `endpoint`. */
export function benchSfnClient(endpoint: string): SFNClient {
  return new SFNClient({
    endpoint,
    region: BENCH_AWS_ENV.AWS_REGION,
    credentials: { accessKeyId: BENCH_AWS_ENV.AWS_ACCESS_KEY_ID, secretAccessKey: BENCH_AWS_ENV.AWS_SECRET_ACCESS_KEY },
  });
}

/** Points this process's adapters (lib/aws) at `endpoint`, as the dashboard is pointed by its environment. */
export function pointAwsAt(endpoint: string): void {
  Object.assign(process.env, BENCH_AWS_ENV, { AWS_ENDPOINT_URL: endpoint });
  resetAwsClients();
  resetCloudWatchClient();
}
