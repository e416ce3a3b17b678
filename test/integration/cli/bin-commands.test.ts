import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CreateStateMachineCommand,
  ListExecutionsCommand,
  ListStateMachinesCommand,
  SFNClient,
  StartExecutionCommand,
} from '@aws-sdk/client-sfn';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findFreePort } from '../../e2e/support/find-free-port';

// Runs the `bin` file exactly as a user would after `npm install`: plain `node`, no build step, and
// from a directory that is not the repo (every command must work from anywhere).
const BIN = join(process.cwd(), 'bin', 'statescope.js');
const hasAwsCli = spawnSync('aws', ['--version'], { stdio: 'ignore' }).status === 0;

interface RunningCli {
  child: ChildProcessWithoutNullStreams;
  output: () => string;
  exited: Promise<number | null>;
}

function startCli(args: string[], env: Record<string, string> = {}): RunningCli {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: dataDir, env: { ...process.env, ...env }, stdio: 'pipe' });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function waitForOutput(cli: RunningCli, text: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!cli.output().includes(text)) {
    if (cli.child.exitCode !== null) throw new Error(`CLI exited ${cli.child.exitCode} before printing '${text}':\n${cli.output()}`);
    if (Date.now() > deadline) throw new Error(`CLI did not print '${text}' within ${timeoutMs} ms:\n${cli.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function stop(cli: RunningCli): Promise<number | null> {
  cli.child.kill('SIGTERM');
  return cli.exited;
}

function clientFor(port: number): SFNClient {
  return new SFNClient({
    endpoint: `http://127.0.0.1:${port}`,
    region: 'us-east-1',
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
  });
}

let dataDir: string;
const running: RunningCli[] = [];

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'statescope-cli-'));
});

afterEach(async () => {
  for (const cli of running.splice(0)) if (cli.child.exitCode === null) await stop(cli);
  rmSync(dataDir, { recursive: true, force: true });
});

describe('statescope emulator (bin/statescope.js under plain node)', () => {
  it('serves on 127.0.0.1, keeps state machines and executions across a restart, and stops cleanly on SIGTERM', async () => {
    const port = await findFreePort();
    const first = startCli(['emulator', '--port', String(port), '--data', dataDir]);
    running.push(first);
    await waitForOutput(first, `listening on http://127.0.0.1:${port}`, 30_000);

    const client = clientFor(port);
    const { stateMachineArn } = await client.send(
      new CreateStateMachineCommand({
        name: 'cli-restart',
        roleArn: 'arn:aws:iam::123456789012:role/statescope',
        definition: JSON.stringify({ StartAt: 'Done', States: { Done: { Type: 'Pass', End: true } } }),
      }),
    );
    await client.send(new StartExecutionCommand({ stateMachineArn, name: 'before-restart', input: '{}' }));
    expect(await stop(first)).toBe(0);
    expect(first.output()).toContain('stopping the emulator');

    const second = startCli(['emulator', '--port', String(port), '--data', dataDir]);
    running.push(second);
    await waitForOutput(second, 'listening on', 30_000);
    const machines = await client.send(new ListStateMachinesCommand({}));
    expect(machines.stateMachines?.map((m) => m.name)).toEqual(['cli-restart']);
    const executions = await client.send(new ListExecutionsCommand({ stateMachineArn }));
    expect(executions.executions?.map((e) => [e.name, e.status])).toEqual([['before-restart', 'SUCCEEDED']]);

    if (hasAwsCli) {
      const listed = spawnSync(
        'aws',
        [
          'stepfunctions',
          'list-executions',
          '--state-machine-arn',
          stateMachineArn!,
          '--endpoint-url',
          `http://127.0.0.1:${port}`,
          '--output',
          'json',
        ],
        {
          encoding: 'utf8',
          env: {
            ...process.env,
            AWS_REGION: 'us-east-1',
            AWS_DEFAULT_REGION: 'us-east-1',
            AWS_ACCESS_KEY_ID: 'test',
            AWS_SECRET_ACCESS_KEY: 'test',
          },
        },
      );
      expect(listed.status, listed.stderr).toBe(0);
      expect(JSON.parse(listed.stdout).executions[0].name).toBe('before-restart');
    } else {
      console.warn('AWS CLI not installed: skipped the `aws stepfunctions list-executions` check (apt-get install awscli).');
    }
  }, 90_000);

  it('refuses a port that is taken with exit code 1 and a message naming the port', async () => {
    const port = await findFreePort();
    const first = startCli(['emulator', '--port', String(port), '--data', dataDir]);
    running.push(first);
    await waitForOutput(first, 'listening on', 30_000);
    const otherData = mkdtempSync(join(tmpdir(), 'statescope-cli-'));
    try {
      const second = startCli(['emulator', '--port', String(port), '--data', otherData]);
      expect(await second.exited).toBe(1);
      expect(second.output()).toContain(String(port));
    } finally {
      rmSync(otherData, { recursive: true, force: true });
    }
  }, 60_000);

  it('rejects a malformed --port before starting anything', async () => {
    const cli = startCli(['emulator', '--port', 'eighty', '--data', dataDir]);
    expect(await cli.exited).toBe(1);
    expect(cli.output()).toContain("option --port must be a number of at least 0, got 'eighty'");
  }, 30_000);
});

describe('statescope demo --no-dashboard', () => {
  it('seeds the demo workflows into its emulator and keeps serving until SIGTERM', async () => {
    const port = await findFreePort();
    const cli = startCli(['demo', '--no-dashboard', '--port', String(port), '--data', dataDir, '--time-scale', '0.01']);
    running.push(cli);
    await waitForOutput(cli, 'Press Ctrl+C to stop.', 120_000);
    expect(cli.output()).toContain(
      'Demo data: 8 Standard state machines, 35 executions; Express: 2 state machines, 2000 executions of odd-even-express in CloudWatch Logs.',
    );

    const client = clientFor(port);
    const machines = (await client.send(new ListStateMachinesCommand({}))).stateMachines ?? [];
    expect(machines.map((m) => m.name)).toEqual(expect.arrayContaining(['daycare-registration', 'odd-even']));
    const daycare = machines.find((m) => m.name === 'daycare-registration')!;
    const executions = (await client.send(new ListExecutionsCommand({ stateMachineArn: daycare.stateMachineArn }))).executions ?? [];
    expect(executions.map((e) => e.name)).toContain('daycare-age-too-young-1');
    expect(await stop(cli)).toBe(0);
  }, 180_000);
});

describe('statescope (usage)', () => {
  it('names an unknown command and prints the usage with exit code 2', async () => {
    const cli = startCli(['frobnicate']);
    expect(await cli.exited).toBe(2);
    expect(cli.output()).toContain("unknown command 'frobnicate'");
    expect(cli.output()).toContain('statescope emulator');
  }, 30_000);
});
