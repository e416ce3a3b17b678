import type { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import { getAwsClients } from './clients';
import { toDataSourceError } from './errors';

/**
 * Runs one CloudWatch Logs call (Express histories live there) and turns expected SDK failures into a
 * DataSourceError, like sendSfn; anything unrecognised is rethrown as a bug.
 */
export async function sendLogs<T>(
  operation: string,
  resource: string | undefined,
  call: (client: CloudWatchLogsClient) => Promise<T>,
): Promise<T> {
  try {
    return await call(getAwsClients().logs);
  } catch (error) {
    const mapped = toDataSourceError(error, { service: 'CloudWatch Logs', operation, resource });
    throw mapped ?? error;
  }
}
