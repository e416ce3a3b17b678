import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { CreateStateMachineCommand, StartExecutionCommand } from '@aws-sdk/client-sfn';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '@/lib/emulator/start-emulator-server';
import { makeClient, makeDataDir, ROLE_ARN, startFakeEmulator } from '../../support/emulator-server/start-test-emulator';

const run = promisify(execFile);
const hasAwsCli = spawnSync('aws', ['--version'], { stdio: 'ignore' }).status === 0;
if (!hasAwsCli) console.warn('Skipping the AWS CLI tests: `aws` is not on PATH (CI installs awscli).');

const LOOP = JSON.stringify({ StartAt: 'Spin', States: { Spin: { Type: 'Pass', LoopTimes: 150, End: true } } });

describe.skipIf(!hasAwsCli)('the AWS CLI against the emulator', () => {
  const data = makeDataDir();
  let emulator: RunningEmulator;
  let stateMachineArn: string;
  let executionArn: string;

  async function aws(...args: string[]): Promise<Record<string, unknown>> {
    const { stdout } = await run('aws', ['stepfunctions', ...args, '--endpoint-url', emulator.url, '--output', 'json'], {
      env: {
        ...process.env,
        AWS_ACCESS_KEY_ID: 'test',
        AWS_SECRET_ACCESS_KEY: 'test',
        AWS_DEFAULT_REGION: 'us-east-1',
        AWS_REGION: 'us-east-1',
        AWS_PAGER: '',
        AWS_CONFIG_FILE: '/dev/null',
        AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
        AWS_EC2_METADATA_DISABLED: 'true',
      },
    });
    return JSON.parse(stdout) as Record<string, unknown>;
  }

  beforeAll(async () => {
    emulator = await startFakeEmulator({ dataDir: data.dir });
    const sfn = makeClient(emulator);
    stateMachineArn = (await sfn.send(new CreateStateMachineCommand({ name: 'CliMachine', definition: LOOP, roleArn: ROLE_ARN })))
      .stateMachineArn!;
    executionArn = (await sfn.send(new StartExecutionCommand({ stateMachineArn, name: 'cli-run' }))).executionArn!;
    await emulator.whenIdle();
  });

  afterAll(async () => {
    await emulator?.close();
    data.remove();
  });

  it('lists state machines', async () => {
    const result = await aws('list-state-machines');
    expect(result.stateMachines).toEqual([expect.objectContaining({ name: 'CliMachine', stateMachineArn, type: 'STANDARD' })]);
  });

  it('lists executions', async () => {
    const result = await aws('list-executions', '--state-machine-arn', stateMachineArn);
    expect(result.executions).toEqual([expect.objectContaining({ executionArn, status: 'SUCCEEDED', name: 'cli-run' })]);
  });

  it('gets the whole history, following the page tokens', async () => {
    const result = await aws('get-execution-history', '--execution-arn', executionArn, '--page-size', '100');
    const events = result.events as Array<{ id: number; type: string }>;
    expect(events).toHaveLength(1 + 300 + 1);
    expect(events.map((e) => e.id)).toEqual(Array.from({ length: 302 }, (_, i) => i + 1));
    expect(events.at(-1)!.type).toBe('ExecutionSucceeded');
  });

  it('shows the error code and message of a failed call', async () => {
    const failure = await aws('describe-execution', '--execution-arn', `${executionArn}-missing`).catch(
      (error: { stderr: string }) => error,
    );
    expect((failure as { stderr: string }).stderr).toContain('ExecutionDoesNotExist');
  });
});
