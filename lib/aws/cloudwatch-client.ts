import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { getAwsClients } from './clients';

// As clients.ts: without a connection timeout a black-holed endpoint would hang the page forever.
const REQUEST_HANDLER = { connectionTimeout: 5_000, requestTimeout: 60_000 };

/**
 * Throttling is retried by the SDK's standard strategy with back-off; a few more attempts than its
 * default 3, since an overview's GetMetricData calls go out together (50 a second per account).
 */
export const CLOUDWATCH_MAX_ATTEMPTS = 5;

const SHARED = Symbol.for('statescope.cloudWatchClient');
type GlobalWithClient = typeof globalThis & { [SHARED]?: CloudWatchClient };

/**
 * A CloudWatch client with the same region and credentials as the Step Functions client. Its endpoint
 * is the SDK's own setting (AWS_ENDPOINT_URL_CLOUDWATCH, then AWS_ENDPOINT_URL), so the emulator
 * answers when it is the data source.
 */
export function createCloudWatchClient(options: { maxAttempts?: number } = {}): CloudWatchClient {
  return new CloudWatchClient({
    // Read through getAwsClients() on each call, so a reset of the adapter's clients is followed.
    region: async () => (await getAwsClients().region()).region,
    maxAttempts: options.maxAttempts ?? CLOUDWATCH_MAX_ATTEMPTS,
    requestHandler: REQUEST_HANDLER,
  });
}

/** The process's one CloudWatch client. */
export function getCloudWatchClient(): CloudWatchClient {
  const scope = globalThis as GlobalWithClient;
  return (scope[SHARED] ??= createCloudWatchClient());
}

/** Drops the shared client so the next call reads the environment again (tests, CLI). */
export function resetCloudWatchClient(): void {
  const scope = globalThis as GlobalWithClient;
  scope[SHARED]?.destroy();
  delete scope[SHARED];
}
