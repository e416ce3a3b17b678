import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateLogGroupCommand, paginateFilterLogEvents } from '@aws-sdk/client-cloudwatch-logs';
import { StartSyncExecutionCommand } from '@aws-sdk/client-sfn';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCostCommand } from '@/lib/cli/commands/cost';
import { reviewAccountCost } from '@/lib/services/review-account-cost';
import { reviewStateMachineCost } from '@/lib/services/review-state-machine-cost';
import { DUMMY_CREDENTIALS, setAwsEnv } from '../../support/aws/aws-env';
import { createLoggedMachine, startExpressEmulator, type ExpressEmulator } from '../../support/express/express-emulator';

// Pass → Wait → Succeed: 3 states entered, so 3 transitions by AWS's rule; the Wait makes durations
// straddle 100 ms steps (150 s at the emulator's time scale of 0.001 is 150 ms).
const THREE_STATES = {
  StartAt: 'Prepare',
  States: { Prepare: { Type: 'Pass', Next: 'Pause' }, Pause: { Type: 'Wait', Seconds: 150, Next: 'Done' }, Done: { Type: 'Succeed' } },
};
const FAILS = {
  StartAt: 'Check',
  States: { Check: { Type: 'Pass', Next: 'Boom' }, Boom: { Type: 'Fail', Error: 'Rejected', Cause: 'no' } },
};
const RUNS = 6;

interface RawRecord {
  type: string;
  event_timestamp: string;
  execution_arn: string;
}

async function run(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCostCommand(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { code, stdout, stderr };
}

/** Express's bill by hand: $1 per million requests, $0.06 per GB-hour, 100 ms steps, 64 MB = 0.0625 GB. */
function expectedBill(durationsMs: number[]) {
  const billedMs = durationsMs.map((ms) => Math.max(1, Math.ceil(ms / 100)) * 100);
  const gbSeconds = billedMs.reduce((sum, ms) => sum + (ms / 1000) * 0.0625, 0);
  return { billedMs, gbSeconds, costUsd: durationsMs.length / 1_000_000 + (gbSeconds / 3600) * 0.06 };
}

describe('Express cost against the emulator: CLI and review read the logs', () => {
  let env: ExpressEmulator;
  let restore: () => void;
  let dir: string;
  let machineArn: string;
  let errorsOnlyArn: string;
  let unloggedArn: string;
  const executionArns: string[] = [];
  /** Start to stop of each run, from its own ExecutionStarted and ExecutionSucceeded records. */
  const durations = new Map<string, number>();
  const logEvents: { message: string }[] = [];

  beforeAll(async () => {
    env = await startExpressEmulator();
    dir = mkdtempSync(join(tmpdir(), 'statescope-express-cost-'));
    for (const group of ['/cost/three', '/cost/errors']) await env.logs.send(new CreateLogGroupCommand({ logGroupName: group }));
    machineArn = await createLoggedMachine(env.sfn, 'three-states', THREE_STATES, {
      level: 'ALL',
      includeExecutionData: true,
      logGroupName: '/cost/three',
    });
    errorsOnlyArn = await createLoggedMachine(env.sfn, 'errors-only', FAILS, {
      level: 'ERROR',
      includeExecutionData: false,
      logGroupName: '/cost/errors',
    });
    unloggedArn = await createLoggedMachine(env.sfn, 'unlogged', THREE_STATES, { level: 'OFF', includeExecutionData: false });
    for (let i = 0; i < RUNS; i++) {
      const out = await env.sfn.send(new StartSyncExecutionCommand({ stateMachineArn: machineArn, name: `run-${i}`, input: '{}' }));
      executionArns.push(out.executionArn!);
    }
    await env.sfn.send(new StartSyncExecutionCommand({ stateMachineArn: errorsOnlyArn, name: 'fails', input: '{}' }));
    for await (const page of paginateFilterLogEvents({ client: env.logs }, { logGroupName: '/cost/three' })) {
      for (const event of page.events ?? []) logEvents.push({ message: event.message! });
    }
    const starts = new Map<string, number>();
    for (const { message } of logEvents) {
      const record = JSON.parse(message) as RawRecord;
      if (record.type === 'ExecutionStarted') starts.set(record.execution_arn, Number(record.event_timestamp));
      if (record.type === 'ExecutionSucceeded')
        durations.set(record.execution_arn, Number(record.event_timestamp) - starts.get(record.execution_arn)!);
    }
    restore = setAwsEnv({ ...DUMMY_CREDENTIALS, AWS_REGION: 'us-east-1', AWS_ENDPOINT_URL: env.url });
    process.env.STATESCOPE_INDEX = join(dir, 'index.db');
  }, 60_000);
  afterAll(async () => {
    restore?.();
    delete process.env.STATESCOPE_INDEX;
    await env?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('the setup ran every execution to its end and its durations straddle 100 ms steps', () => {
    expect(durations.size).toBe(RUNS);
    for (const ms of durations.values()) expect(ms).toBeGreaterThanOrEqual(150);
  });

  it('statescope cost <express execution ARN> --json: one request plus billed GB-seconds, transitions not billed', async () => {
    const arn = executionArns[0]!;
    const { code, stdout, stderr } = await run([arn, '--json']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const bill = expectedBill([durations.get(arn)!]);
    const out = JSON.parse(stdout) as Record<string, unknown>;
    expect(out).toMatchObject({
      type: 'EXPRESS',
      region: 'us-east-1',
      regionSource: 'the ARN',
      status: 'SUCCEEDED',
      transitions: 3,
      transitionsBilled: false,
      requests: 1,
      durationMs: durations.get(arn),
      billedDurationMs: bill.billedMs[0],
      memoryMb: 64,
      billedMemoryMb: 64,
    });
    expect(out.gbSeconds).toBeCloseTo(bill.gbSeconds, 12);
    expect(out.costUsd).toBeCloseTo(bill.costUsd, 14);
  });

  it('prints the Express bill in text', async () => {
    const arn = executionArns[1]!;
    const { code, stdout } = await run([arn]);
    expect(code).toBe(0);
    const billed = expectedBill([durations.get(arn)!]).billedMs[0];
    expect(stdout).toContain('Express execution, us-east-1 (the ARN), SUCCEEDED: 3 state transitions (not billed for Express)');
    expect(stdout).toContain(`+ ${billed} ms × 64 MB`);
    expect(stdout).toContain('64 MB assumed: the logs do not say what AWS billed, set --memory-mb');
  });

  it('statescope cost <log-records file> prices every execution in it as Express, through the tiers together', async () => {
    const file = join(dir, 'filter-log-events.json');
    writeFileSync(file, JSON.stringify({ events: logEvents }));
    const { code, stdout } = await run([file, '--json']);
    expect(code).toBe(0);
    const bill = expectedBill(executionArns.map((arn) => durations.get(arn)!));
    const out = JSON.parse(stdout) as Record<string, unknown> & { executions: { executionArn: string; transitions: number }[] };
    expect(out).toMatchObject({
      type: 'EXPRESS',
      region: 'us-east-1',
      regionSource: 'the execution ARN in the log',
      transitions: 3 * RUNS,
      requests: RUNS,
      transitionsComplete: true,
    });
    expect(out.billedDurationMs).toBe(bill.billedMs.reduce((sum, ms) => sum + ms, 0));
    expect(out.costUsd).toBeCloseTo(bill.costUsd, 14);
    expect(out.executions.map((execution) => execution.executionArn).sort()).toEqual([...executionArns].sort());

    // Windows editors and PowerShell's Out-File start the file with a byte-order mark.
    const withBom = join(dir, 'filter-log-events-bom.json');
    writeFileSync(withBom, `\ufeff${JSON.stringify({ events: logEvents })}`);
    expect(JSON.parse((await run([withBom, '--json'])).stdout)).toMatchObject({ type: 'EXPRESS', requests: RUNS });

    const one = join(dir, 'one-execution.json');
    writeFileSync(
      one,
      JSON.stringify(
        logEvents.map((event) => JSON.parse(event.message) as RawRecord).filter((record) => record.execution_arn === executionArns[2]),
      ),
    );
    const single = JSON.parse((await run([one, '--json', '--memory-mb', '100'])).stdout) as Record<string, unknown>;
    const billed = expectedBill([durations.get(executionArns[2]!)!]).billedMs[0]!;
    // 100 MB is billed as 128 MB = 0.125 GB.
    expect(single).toMatchObject({ type: 'EXPRESS', requests: 1, transitions: 3, billedMemoryMb: 128, billedDurationMs: billed });
    expect(single.costUsd).toBeCloseTo(0.000001 + (((billed / 1000) * 0.125) / 3600) * 0.06, 14);
  });

  it('statescope cost <Express state machine ARN>: every run from the logs, and the Standard what-if', async () => {
    const { code, stdout } = await run([machineArn, '--json']);
    expect(code).toBe(0);
    const bill = expectedBill([...durations.values()]);
    const out = JSON.parse(stdout) as Record<string, number | string | boolean | null>;
    expect(out).toMatchObject({
      type: 'EXPRESS',
      mode: 'exact',
      executions: RUNS,
      requests: RUNS,
      transitions: 3 * RUNS,
      transitionsBilled: false,
      logLevel: 'ALL',
    });
    expect(out.gbSeconds).toBeCloseTo(bill.gbSeconds, 12);
    expect(out.costUsd).toBeCloseTo(bill.costUsd, 14);
    expect(out.standardWhatIfUsd).toBeCloseTo((3 * RUNS * 0.025) / 1000, 14);
  });

  it('the review samples the transitions of a larger set but prices every run; below ALL it says transitions are not logged', async () => {
    const sampled = (await reviewStateMachineCost(machineArn, { mode: 'sampled', sampleSize: 2 })).review;
    expect(sampled.mode).toBe('sampled');
    expect(sampled.measuredCount).toBe(2);
    // Every run has 3 transitions, so the sample's interval is the value itself.
    expect(sampled.transitions.estimate).toBe(3 * RUNS);
    expect(sampled.costUsd.estimate).toBeCloseTo(expectedBill([...durations.values()]).costUsd, 14);

    const errors = JSON.parse((await run([errorsOnlyArn, '--json'])).stdout) as Record<string, unknown>;
    expect(errors).toMatchObject({
      type: 'EXPRESS',
      executions: 1,
      requests: 1,
      logLevel: 'ERROR',
      transitionsAvailable: false,
      standardWhatIfUsd: null,
    });
    const text = await run([errorsOnlyArn]);
    expect(text.stdout).toContain('State transitions not logged at level ERROR: the Standard what-if cannot be computed.');
  });

  it('the account review adds the Express machines and names the one it cannot read, with why', async () => {
    const { account, notIncluded } = await reviewAccountCost();
    expect(account.reviews.map((review) => [review.stateMachine.name, review.stateMachine.type, review.executionCount]).sort()).toEqual([
      ['errors-only', 'EXPRESS', 1],
      ['three-states', 'EXPRESS', RUNS],
    ]);
    expect(account.executionCount).toBe(RUNS + 1);
    // Express transitions are not billed, so the account's (billed) transitions are those of Standard machines: none here.
    expect(account.transitions.estimate).toBe(0);
    const costs = account.reviews.reduce((sum, review) => sum + review.costUsd.estimate, 0);
    expect(account.costUsd.estimate).toBeCloseTo(costs, 15);
    expect(notIncluded).toEqual([
      {
        arn: unloggedArn,
        name: 'unlogged',
        reason: expect.stringContaining('without CloudWatch Logs logging, so its executions cannot be costed'),
      },
    ]);
  });
});
