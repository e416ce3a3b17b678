import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CreateStateMachineCommand, DescribeExecutionCommand, SFNClient, StartExecutionCommand } from '@aws-sdk/client-sfn';
import { startEmulator, type EmulatorOptions, type RunningEmulator } from '@/lib/emulator/start-emulator';
import { SqliteExecutionIndexStore } from '@/lib/execution-index/sqlite/sqlite-execution-index-store';
import { DUMMY_CREDENTIALS, setAwsEnv } from '../aws/aws-env';

export const ROLE_ARN = 'arn:aws:iam::123456789012:role/statescope-sync';

/** An emulator in a temp folder, the SDK settings pointed at it, and an empty index file beside it. */
export interface SyncBench {
  dir: string;
  indexFile: string;
  emulator: RunningEmulator;
  client: SFNClient;
  env: Record<string, string>;
  openStore(): SqliteExecutionIndexStore;
  /** Stops the emulator and starts it again on the same port and data (the index's source stays the same). */
  restart(options?: EmulatorOptions): Promise<void>;
  close(): Promise<void>;
}

export async function startSyncBench(options: EmulatorOptions = {}): Promise<SyncBench> {
  const dir = mkdtempSync(path.join(tmpdir(), 'statescope-sync-'));
  const dataDir = path.join(dir, 'emulator');
  let emulator = await startEmulator({ port: 0, host: '127.0.0.1', dataDir, timeScale: 0.01, ...options });
  const env = { AWS_ENDPOINT_URL: emulator.url, AWS_REGION: 'us-east-1', ...DUMMY_CREDENTIALS };
  const restoreEnv = setAwsEnv(env);
  const client = new SFNClient({
    endpoint: emulator.url,
    region: 'us-east-1',
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
  });
  const stores: SqliteExecutionIndexStore[] = [];
  const bench: SyncBench = {
    dir,
    indexFile: path.join(dir, 'index.db'),
    emulator,
    client,
    env: { ...env, AWS_EC2_METADATA_DISABLED: 'true' },
    openStore() {
      const store = new SqliteExecutionIndexStore(bench.indexFile);
      stores.push(store);
      return store;
    },
    async restart(restartOptions = {}) {
      const port = emulator.port;
      await emulator.close();
      emulator = await startEmulator({ port, host: '127.0.0.1', dataDir, timeScale: 0.01, ...restartOptions });
      bench.emulator = emulator;
    },
    async close() {
      for (const store of stores.splice(0)) await store.close().catch(() => undefined);
      client.destroy();
      restoreEnv();
      await emulator.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return bench;
}

export async function createMachine(client: SFNClient, name: string, definition: object): Promise<string> {
  const out = await client.send(new CreateStateMachineCommand({ name, roleArn: ROLE_ARN, definition: JSON.stringify(definition) }));
  if (!out.stateMachineArn) throw new Error('no state machine ARN');
  return out.stateMachineArn;
}

export async function startExecution(client: SFNClient, stateMachineArn: string, input: unknown, name?: string): Promise<string> {
  const out = await client.send(new StartExecutionCommand({ stateMachineArn, input: JSON.stringify(input), name }));
  if (!out.executionArn) throw new Error('no execution ARN');
  return out.executionArn;
}

/** Polls DescribeExecution until the execution has ended (the emulator runs it in the background). */
export async function waitUntilFinished(client: SFNClient, executionArn: string, timeoutMs = 20_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { status } = await client.send(new DescribeExecutionCommand({ executionArn }));
    if (status && status !== 'RUNNING') return status;
    if (Date.now() > deadline) throw new Error(`${executionArn} still RUNNING after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

export const PASS_MACHINE = { StartAt: 'Echo', States: { Echo: { Type: 'Pass', End: true } } };
