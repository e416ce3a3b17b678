import { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import { SFNClient } from '@aws-sdk/client-sfn';
import type { DataSourceInfo } from '../domain';

/** Used when neither AWS_REGION nor the shared config names a region (Step Functions Local's default). */
export const FALLBACK_REGION = 'us-east-1';

// Without a connection timeout a black-holed endpoint would hang the page forever.
const REQUEST_HANDLER = { connectionTimeout: 5_000, requestTimeout: 60_000 };

export interface RegionResolution {
  region: string;
  source: DataSourceInfo['regionSource'];
}

export interface AwsClients {
  sfn: SFNClient;
  logs: CloudWatchLogsClient;
  /** Resolved once per client set; the clients' `region` providers read it. */
  region: () => Promise<RegionResolution>;
}

async function resolveRegion(): Promise<RegionResolution> {
  const fromEnv = process.env.AWS_REGION?.trim();
  if (fromEnv) return { region: fromEnv, source: 'AWS_REGION' };
  // Let the SDK read the shared config (AWS_PROFILE, AWS_CONFIG_FILE) exactly as it would for a call.
  const probe = new SFNClient({});
  try {
    const region = await probe.config.region();
    if (region) return { region, source: 'SDK configuration' };
  } catch {
    // "Region is missing": fall through to the fallback.
  } finally {
    probe.destroy();
  }
  return { region: FALLBACK_REGION, source: 'fallback (none configured)' };
}

function memoize<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => (pending ??= load());
}

/**
 * Builds both SDK clients with the default credential chain. Endpoints come from the SDK's own
 * settings (AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_SFN, AWS_ENDPOINT_URL_CLOUDWATCH_LOGS, `endpoint_url`
 * in the shared config), which this SDK version resolves itself, so none is passed here.
 */
export function createAwsClients(): AwsClients {
  const region = memoize(resolveRegion);
  const regionProvider = async () => (await region()).region;
  return {
    // The SDK would prefix StartSyncExecution/TestState hosts with `sync-`, breaking custom endpoints
    // (docs/aws-behaviour.md#wire-protocol).
    sfn: new SFNClient({ region: regionProvider, disableHostPrefix: true, requestHandler: REQUEST_HANDLER }),
    logs: new CloudWatchLogsClient({ region: regionProvider, disableHostPrefix: true, requestHandler: REQUEST_HANDLER }),
    region,
  };
}

let shared: AwsClients | undefined;

/** The process-wide clients; the SDK reuses their connections across requests. */
export function getAwsClients(): AwsClients {
  return (shared ??= createAwsClients());
}

/** Drops the shared clients so the next call reads the environment again (tests, CLI). */
export function resetAwsClients(): void {
  shared?.sfn.destroy();
  shared?.logs.destroy();
  shared = undefined;
}
