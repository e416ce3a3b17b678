import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { CreateStateMachineCommand, DescribeExecutionCommand, SFNClient, StartExecutionCommand } from '@aws-sdk/client-sfn';
import { afterAll, describe, expect, it } from 'vitest';
import { openEmulatorStore } from '@/lib/emulator/store/open-emulator-store';
import { makeDataDir, ROLE_ARN } from '../../support/emulator-server/start-test-emulator';

const BIN = fileURLToPath(new URL('../../../bin/statescope.js', import.meta.url));
const CHOICE = JSON.stringify({
  StartAt: 'Route',
  States: {
    Route: { Type: 'Choice', Choices: [{ Variable: '$.n', NumericGreaterThan: 1, Next: 'Big' }], Default: 'Small' },
    Big: { Type: 'Pass', Result: 'big', End: true },
    Small: { Type: 'Pass', Result: 'small', End: true },
  },
});
const SUCCEEDED_HISTORY = [
  'ExecutionStarted',
  'ChoiceStateEntered',
  'ChoiceStateExited',
  'PassStateEntered',
  'PassStateExited',
  'ExecutionSucceeded',
];

/**
 * `statescope emulator` under a load of 16 SDK clients (start, then poll until the end), killed with
 * SIGKILL at a random moment; what the clients were told before the kill is collected.
 */
async function loadAndKill(dataDir: string, killAfterMs: number) {
  const child = spawn(process.execPath, [BIN, 'emulator', '--port', '0', '--data', dataDir], { stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once('exit', (_code, signal) => resolve(signal)));
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match) resolve(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`the emulator exited with code ${code} before listening`)));
  });
  const sfn = new SFNClient({
    endpoint: url,
    region: 'us-east-1',
    credentials: { accessKeyId: 'a', secretAccessKey: 'b' },
    maxAttempts: 1,
  });
  const { stateMachineArn } = await sfn.send(
    new CreateStateMachineCommand({ name: `M${killAfterMs}`, definition: CHOICE, roleArn: ROLE_ARN }),
  );
  const started: string[] = [];
  const succeeded: string[] = [];
  let killed = false;
  const client = async () => {
    while (!killed) {
      try {
        const { executionArn } = await sfn.send(new StartExecutionCommand({ stateMachineArn, input: '{"n":2}' }));
        started.push(executionArn!);
        for (;;) {
          const { status } = await sfn.send(new DescribeExecutionCommand({ executionArn }));
          if (status === 'SUCCEEDED') succeeded.push(executionArn!);
          if (status !== 'RUNNING') break;
        }
      } catch {
        return; // The server is gone: whatever was not answered was never acknowledged.
      }
    }
  };
  const clients = Array.from({ length: 16 }, client);
  await new Promise((resolve) => setTimeout(resolve, killAfterMs));
  child.kill('SIGKILL');
  killed = true;
  await Promise.all(clients);
  expect(await exited).toBe('SIGKILL');
  return { started, succeeded };
}

describe('kill -9 under load', () => {
  const data = makeDataDir();
  afterAll(() => data.remove());

  it('loses no execution whose StartExecution was answered, nor the history of one DescribeExecution called SUCCEEDED', async () => {
    const delays = [0, 1, 2].map(() => 300 + Math.floor(Math.random() * 700));
    console.log(`kill -9 after ${delays.join(', ')} ms of load`);
    const started: string[] = [];
    const succeeded: string[] = [];
    for (const delay of delays) {
      const told = await loadAndKill(data.dir, delay);
      started.push(...told.started);
      succeeded.push(...told.succeeded);
    }
    expect(succeeded.length).toBeGreaterThan(0);

    const store = openEmulatorStore(data.dir);
    try {
      const missing = started.filter((arn) => store.getExecution(arn) === undefined);
      expect(missing).toEqual([]);
      const changed = succeeded.filter((arn) => {
        const execution = store.getExecution(arn)!;
        const types = store.getEvents(execution.id, 0, false, 100).map((event) => event.type);
        return execution.status !== 'SUCCEEDED' || types.join() !== SUCCEEDED_HISTORY.join();
      });
      expect(changed).toEqual([]);
    } finally {
      store.close();
    }
  }, 120_000);
});
