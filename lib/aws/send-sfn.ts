import type { SFNClient } from '@aws-sdk/client-sfn';
import { getAwsClients } from './clients';
import { describeDataSource } from './describe-data-source';
import { toDataSourceError } from './errors';

async function describeSafely(): Promise<{ endpoint?: string; region?: string }> {
  try {
    const { endpoint, region } = await describeDataSource();
    return { endpoint, region };
  } catch {
    return {};
  }
}

/**
 * Runs one Step Functions call and turns expected SDK failures into a DataSourceError.
 * Anything the mapper does not recognise is rethrown unchanged: it is a bug, not a data-source state.
 */
export async function sendSfn<T>(operation: string, resource: string | undefined, call: (client: SFNClient) => Promise<T>): Promise<T> {
  try {
    return await call(getAwsClients().sfn);
  } catch (error) {
    const mapped = toDataSourceError(error, { operation, resource, ...(await describeSafely()) });
    throw mapped ?? error;
  }
}
