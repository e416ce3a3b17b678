import { execFile, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { StartSyncExecutionCommand } from '@aws-sdk/client-sfn';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runTimelineCommand } from '@/lib/cli/commands/timeline';
import { createLoggedMachine, startExpressEmulator, type ExpressEmulator } from '../../support/express/express-emulator';
import { AWS_LOG_CASES_DIR } from '../../support/corpus/shared-corpus';

const run = promisify(execFile);
const hasAwsCli = spawnSync('aws', ['--version'], { stdio: 'ignore' }).status === 0;
if (!hasAwsCli) console.warn('Skipping `aws logs filter-log-events` against the emulator: `aws` is not on PATH (CI installs awscli).');
const CASES = AWS_LOG_CASES_DIR;
if (!existsSync(CASES)) console.warn(`Skipping the recorded-log CLI test: ${CASES} is absent.`);

const dir = mkdtempSync(path.join(tmpdir(), 'statescope-logs-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function timeline(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runTimelineCommand(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

const FAIL_AFTER_PASS = {
  StartAt: 'Validate',
  States: { Validate: { Type: 'Pass', Next: 'Reject' }, Reject: { Type: 'Fail', Error: 'InvalidOrder', Cause: 'no items' } },
};

describe('statescope timeline on CloudWatch Logs records', () => {
  it('groups a list of records by execution_arn and reports what level ERROR left out', async () => {
    const arn = (n: number) => `arn:aws:states:us-east-1:123456789012:express:orders:run-${n}:0000000${n}-aaaa-bbbb-cccc-dddddddddddd`;
    const records = [1, 2].flatMap((n) => [
      {
        id: '3',
        type: 'FailStateEntered',
        details: { name: 'Reject' },
        previous_event_id: '2',
        event_timestamp: String(1_767_000_000_000 + n * 1000),
        execution_arn: arn(n),
        redrive_count: '0',
      },
      {
        id: '4',
        type: 'ExecutionFailed',
        details: { error: 'InvalidOrder', cause: 'no items' },
        previous_event_id: '3',
        event_timestamp: String(1_767_000_000_050 + n * 1000),
        execution_arn: arn(n),
        redrive_count: '0',
      },
    ]);
    const file = path.join(dir, 'records.json');
    writeFileSync(file, JSON.stringify(records));
    const { code, stdout } = await timeline(file);
    expect(code).toBe(0);
    expect(stdout).toContain(`2 executions in ${file}`);
    expect(stdout).toContain(`== ${arn(1)} (2 log records)`);
    expect(stdout).toContain('Execution FAILED');
    expect(stdout).toContain('Log level ERROR (inferred from the records), execution data not included');
    expect(stdout).toContain('  - Executions that succeed write nothing at level ERROR, so they are not listed.');

    const json = await timeline(file, '--json');
    const document = JSON.parse(json.stdout) as {
      executions: Array<{ executionArn: string; recordCount: number; coverage: { level: string } }>;
    };
    expect(document.executions.map((e) => [e.executionArn, e.recordCount, e.coverage.level])).toEqual([
      [arn(1), 2, 'ERROR'],
      [arn(2), 2, 'ERROR'],
    ]);
  });

  it.skipIf(!existsSync(CASES))('reads the recorded stream that three executions share', async () => {
    const recorded = JSON.parse(readFileSync(path.join(CASES, 'logs__logs__log_group_with_multiple_runs.json'), 'utf8')) as {
      records: unknown[];
    };
    const file = path.join(dir, 'multiple-runs.json');
    writeFileSync(file, JSON.stringify({ records: recorded.records }));
    const { code, stdout } = await timeline(file);
    expect(code).toBe(0);
    expect(stdout).toContain('3 executions in');
    expect(stdout.match(/Execution SUCCEEDED/g)).toHaveLength(3);
    expect(stdout).toContain('Log level ALL (inferred from the records), execution data not included');
  });

  describe.skipIf(!hasAwsCli)('with `aws logs filter-log-events` output from the emulator', () => {
    let env: ExpressEmulator;
    let executionArn: string;
    beforeAll(async () => {
      env = await startExpressEmulator();
      const machine = await createLoggedMachine(env.sfn, 'cli-orders', FAIL_AFTER_PASS, {
        level: 'ALL',
        includeExecutionData: true,
        logGroupName: '/aws/vendedlogs/states/cli-orders',
      });
      executionArn = (await env.sfn.send(new StartSyncExecutionCommand({ stateMachineArn: machine, input: '{"items":[]}' }))).executionArn!;
      await env.sfn.send(new StartSyncExecutionCommand({ stateMachineArn: machine, input: '{"items":[1]}' }));
    });
    afterAll(async () => {
      await env?.close();
    });

    it('the AWS CLI reads the group, and the file gives each execution its timeline', async () => {
      const { stdout: output } = await run(
        'aws',
        [
          'logs',
          'filter-log-events',
          '--log-group-name',
          '/aws/vendedlogs/states/cli-orders',
          '--endpoint-url',
          env.url,
          '--output',
          'json',
        ],
        {
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
        },
      );
      const parsed = JSON.parse(output) as { events: Array<{ message: string; logStreamName: string }> };
      expect(parsed.events).toHaveLength(10);
      expect(parsed.events[0]!.logStreamName).toMatch(/^states\/cli-orders\//);
      const file = path.join(dir, 'filter-log-events.json');
      writeFileSync(file, output);
      const { code, stdout } = await timeline(file);
      expect(code).toBe(0);
      expect(stdout).toContain(`== ${executionArn} (5 log records)`);
      expect(stdout).toContain('Root cause: Reject: InvalidOrder\n  no items');
      expect(stdout).toContain(
        'Log level ALL (inferred from the records), execution data included\nNothing is missing: the log holds the whole history.',
      );
    });
  });
});
