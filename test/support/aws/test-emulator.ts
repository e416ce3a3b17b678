import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateStateMachineCommand, DescribeExecutionCommand, SFNClient, StartExecutionCommand } from '@aws-sdk/client-sfn';
import { afterAll, beforeAll } from 'vitest';
import { setAwsEnv } from './aws-env';

export const ROLE_ARN = 'arn:aws:iam::123456789012:role/statescope-test';

export interface TestEmulator {
  url: string;
  /** A client of our own, so fixtures never go through the adapter under test. */
  sfn: SFNClient;
  close: () => Promise<void>;
}

/** The embedded emulator on a free port with a throw-away data directory. */
export async function startTestEmulator(): Promise<TestEmulator> {
  // Loaded lazily so the tests that need no emulator run even before it exists.
  const { startEmulator } = await import('@/lib/emulator/start-emulator');
  const dataDir = mkdtempSync(join(tmpdir(), 'statescope-emulator-'));
  const emulator = await startEmulator({ port: 0, host: '127.0.0.1', dataDir, timeScale: 0.001 });
  const sfn = new SFNClient({
    endpoint: emulator.url,
    region: 'us-east-1',
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    disableHostPrefix: true,
  });
  return {
    url: emulator.url,
    sfn,
    close: async () => {
      sfn.destroy();
      await emulator.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function createStateMachine(sfn: SFNClient, name: string, definition: object): Promise<string> {
  const out = await sfn.send(new CreateStateMachineCommand({ name, definition: JSON.stringify(definition), roleArn: ROLE_ARN }));
  if (!out.stateMachineArn) throw new Error('CreateStateMachine returned no ARN');
  return out.stateMachineArn;
}

/** Starts an execution and waits (by polling DescribeExecution) until it is no longer RUNNING. */
export async function runExecution(sfn: SFNClient, stateMachineArn: string, name: string, input: object): Promise<string> {
  const { executionArn } = await sfn.send(new StartExecutionCommand({ stateMachineArn, name, input: JSON.stringify(input) }));
  if (!executionArn) throw new Error('StartExecution returned no ARN');
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const out = await sfn.send(new DescribeExecutionCommand({ executionArn }));
    if (out.status !== 'RUNNING') return executionArn;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`${executionArn} still RUNNING after 5 s`);
}

/**
 * For one describe block: the emulator started before its tests with the adapter (lib/aws) pointed at
 * it through the AWS environment, both undone after them. Call the returned function inside a test or
 * a later beforeAll for the running emulator.
 */
export function useEmulatorAsDataSource(): () => TestEmulator {
  let emulator: TestEmulator | undefined;
  let restoreEnv: (() => void) | undefined;
  beforeAll(async () => {
    emulator = await startTestEmulator();
    restoreEnv = setAwsEnv({ AWS_ENDPOINT_URL: emulator.url, AWS_REGION: 'us-east-1', AWS_ACCESS_KEY_ID: 'x', AWS_SECRET_ACCESS_KEY: 'x' });
  }, 30_000);
  afterAll(async () => {
    restoreEnv?.();
    await emulator?.close();
  });
  return () => {
    if (!emulator) throw new Error('the emulator is not started: call this inside a test or a beforeAll after useEmulatorAsDataSource');
    return emulator;
  };
}
