import { getAwsClients } from './clients';
import type { DataSourceInfo } from '../domain';

function endpointSource(configured: string): DataSourceInfo['endpointSource'] {
  if (process.env.AWS_ENDPOINT_URL_SFN?.trim() === configured) return 'AWS_ENDPOINT_URL_SFN';
  if (process.env.AWS_ENDPOINT_URL?.trim() === configured) return 'AWS_ENDPOINT_URL';
  return 'shared config file';
}

/** Which Step Functions endpoint and region requests go to, and which setting chose each. */
export async function describeDataSource(): Promise<DataSourceInfo> {
  const { sfn, region: resolveRegion } = getAwsClients();
  const { region, source: regionSource } = await resolveRegion();
  let configured: string | undefined;
  try {
    // The same lookup the SDK performs before each call (env, then shared config).
    configured = await sfn.config.serviceConfiguredEndpoint?.();
  } catch {
    configured = undefined;
  }
  if (configured) {
    return { endpoint: configured, endpointSource: endpointSource(configured), region, regionSource, isCustomEndpoint: true };
  }
  const { url } = sfn.config.endpointProvider({ Region: region, UseFIPS: false, UseDualStack: false });
  return {
    endpoint: url.origin,
    endpointSource: 'AWS default',
    region,
    regionSource,
    isCustomEndpoint: false,
  };
}
