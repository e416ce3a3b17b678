import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import { CreateStateMachineCommand, SFNClient } from '@aws-sdk/client-sfn';
import { startEmulator, type RunningEmulator } from '@/lib/emulator/start-emulator';

export const ROLE_ARN = 'arn:aws:iam::123456789012:role/statescope-test';
export const REGION = 'us-east-1';
const CREDENTIALS = { accessKeyId: 'test', secretAccessKey: 'test' };

export interface ExpressEmulator {
  emulator: RunningEmulator;
  url: string;
  /** Unmodified SDK clients; `disableHostPrefix` keeps StartSyncExecution off the `sync-` host. */
  sfn: SFNClient;
  logs: CloudWatchLogsClient;
  close(): Promise<void>;
}

/** The real emulator (real engine) on a free port, with SFN and CloudWatch Logs clients of our own. */
export async function startExpressEmulator(): Promise<ExpressEmulator> {
  const dataDir = mkdtempSync(join(tmpdir(), 'statescope-express-'));
  const emulator = await startEmulator({ port: 0, host: '127.0.0.1', dataDir, timeScale: 0.001 });
  const common = { endpoint: emulator.url, region: REGION, credentials: CREDENTIALS, maxAttempts: 1 };
  const sfn = new SFNClient({ ...common, disableHostPrefix: true });
  const logs = new CloudWatchLogsClient(common);
  return {
    emulator,
    url: emulator.url,
    sfn,
    logs,
    close: async () => {
      sfn.destroy();
      logs.destroy();
      await emulator.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export function logGroupArn(name: string): string {
  return `arn:aws:logs:${REGION}:123456789012:log-group:${name}:*`;
}

export interface LoggingOptions {
  level: 'ALL' | 'ERROR' | 'FATAL' | 'OFF';
  includeExecutionData: boolean;
  logGroupName?: string;
}

export async function createLoggedMachine(
  sfn: SFNClient,
  name: string,
  definition: object,
  logging: LoggingOptions,
  type: 'EXPRESS' | 'STANDARD' = 'EXPRESS',
): Promise<string> {
  const out = await sfn.send(
    new CreateStateMachineCommand({
      name,
      type,
      definition: JSON.stringify(definition),
      roleArn: ROLE_ARN,
      loggingConfiguration: {
        level: logging.level,
        includeExecutionData: logging.includeExecutionData,
        ...(logging.logGroupName ? { destinations: [{ cloudWatchLogsLogGroup: { logGroupArn: logGroupArn(logging.logGroupName) } }] } : {}),
      },
    }),
  );
  if (!out.stateMachineArn) throw new Error('CreateStateMachine returned no ARN');
  return out.stateMachineArn;
}
