import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runCostCommand } from '@/lib/cli/commands/cost';
import type { StateMachineReviewOptions } from '@/lib/cli/commands/read-cost-targets';
import { buildCostReview } from '@/lib/cost/build-cost-review';
import type { ApiCallCounts } from '@/lib/cost/cost-report';
import { AWS_LIST_PRICES } from '@/lib/cost/price-table';
import type { StateMachineCostReview } from '@/lib/cost/build-cost-review';

// Files are read for real; a state machine review (which calls AWS) is replaced by a fake. The same
// command against an emulator is in test/integration/cost/cost-command.test.ts.
const fakes = vi.hoisted(() => ({
  reviewStateMachineTarget:
    vi.fn<(arn: string, options: StateMachineReviewOptions) => Promise<{ review: StateMachineCostReview; apiCalls: ApiCallCounts }>>(),
}));
vi.mock('@/lib/cli/commands/read-cost-targets', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/lib/cli/commands/read-cost-targets')>()),
  reviewStateMachineTarget: fakes.reviewStateMachineTarget,
}));

const CAUGHT = new URL('../../../fixtures/history/order-payment-caught.json', import.meta.url).pathname;
const MACHINE = 'arn:aws:states:us-east-1:123456789012:stateMachine:orders';
const dir = mkdtempSync(path.join(tmpdir(), 'statescope-cost-command-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeEach(() => {
  vi.stubEnv('AWS_REGION', undefined);
  vi.stubEnv('STATESCOPE_PRICES', undefined);
  fakes.reviewStateMachineTarget.mockReset();
});
afterEach(() => {
  vi.unstubAllEnvs();
});

async function run(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCostCommand(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { code, stdout, stderr };
}

const USAGE_START = 'usage: statescope cost <file | execution-arn | state-machine-arn> [--region R] [--json]\n';

const ARN_1 = 'arn:aws:states:eu-west-1:123456789012:express:m:run-1:0f0f';
const ARN_2 = 'arn:aws:states:eu-west-1:123456789012:express:m:run-2:1a1a';
const record = (id: number, type: string, previous: number, details: Record<string, unknown>, arn: string) => ({
  id: String(id),
  type,
  details,
  previous_event_id: String(previous),
  event_timestamp: String(1_773_133_200_000 + id * 100),
  execution_arn: arn,
});
const logRun = (arn: string) => [
  record(1, 'ExecutionStarted', 0, { input: '{}' }, arn),
  record(2, 'PassStateEntered', 0, { name: 'A', input: '{}' }, arn),
  record(3, 'PassStateExited', 2, { name: 'A', output: '{}' }, arn),
  record(4, 'ExecutionSucceeded', 3, { output: '{}' }, arn),
];
function logsFile(name: string, ...arns: string[]): string {
  const at = path.join(dir, name);
  writeFileSync(at, JSON.stringify(arns.flatMap(logRun)));
  return at;
}

describe('statescope cost: arguments', () => {
  it('prints the usage on stdout for --help, exit 0', async () => {
    const { code, stdout, stderr } = await run(['--help']);
    expect(code).toBe(0);
    expect(stdout.startsWith(USAGE_START)).toBe(true);
    expect(stdout).toContain('[--type standard|express] [--memory-mb N] [--prices FILE] [--mode auto|exact|sampled]');
    expect(stderr).toBe('');
  });

  it.each([
    ['no target', [], 'missing a history file, execution ARN or state machine ARN'],
    ['two targets', [CAUGHT, 'extra.json'], "unexpected argument 'extra.json'"],
    ['an unknown flag', [CAUGHT, '--frobnicate'], 'unknown option --frobnicate'],
    ['a flag without its value', [CAUGHT, '--region'], 'option --region needs a value'],
    ['an unknown --type', [CAUGHT, '--type', 'premium'], "option --type must be standard or express, got 'premium'"],
    ['--memory-mb 0', [CAUGHT, '--memory-mb', '0'], "option --memory-mb must be a positive number, got '0'"],
    ['a negative --memory-mb', [CAUGHT, '--memory-mb=-64'], "option --memory-mb must be a positive number, got '-64'"],
    ['a --memory-mb that is not a number', [CAUGHT, '--memory-mb', 'lots'], "option --memory-mb must be a positive number, got 'lots'"],
  ])('refuses %s with the usage, exit 2', async (_label, argv, problem) => {
    const { code, stdout, stderr } = await run(argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.startsWith(`statescope cost: ${problem}\n${USAGE_START}`)).toBe(true);
  });

  it('reads --type in any case', async () => {
    const { code, stdout } = await run([CAUGHT, '--json', '--type', 'EXPRESS', '--region', 'us-east-1']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ type: 'EXPRESS' });
  });

  it('refuses a bad --mode for a state machine, with the usage, exit 2, before any call', async () => {
    const { code, stderr } = await run([MACHINE, '--mode', 'thorough']);
    expect(code).toBe(2);
    expect(stderr.startsWith(`statescope cost: option --mode must be auto, exact or sampled, got 'thorough'\n${USAGE_START}`)).toBe(true);
    expect(fakes.reviewStateMachineTarget).not.toHaveBeenCalled();
  });
});

describe('statescope cost on a history file', () => {
  it('prices it as one Standard execution by default: 6 transitions at $0.025 per 1,000', async () => {
    const { code, stdout, stderr } = await run([CAUGHT, '--json', '--region', 'us-east-1']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(JSON.parse(stdout)).toMatchObject({
      type: 'STANDARD',
      region: 'us-east-1',
      regionSource: '--region',
      transitions: 6,
      costUsd: 0.00015,
      freeTierApplied: false,
    });
  });

  it('prints text without --json', async () => {
    const { code, stdout } = await run([CAUGHT, '--region', 'us-east-1']);
    expect(code).toBe(0);
    expect(stdout).toContain('6 state transitions (estimate), Standard, us-east-1 (--region), SUCCEEDED');
    expect(() => JSON.parse(stdout)).toThrow();
  });

  it('prices it as Express with --type express, at the --memory-mb given: 10,125 ms billed 10,200 ms at 128 MB', async () => {
    const { code, stdout } = await run([CAUGHT, '--json', '--type', 'express', '--memory-mb', '100', '--region', 'us-east-1']);
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as Record<string, unknown>;
    expect(out).toMatchObject({ type: 'EXPRESS', requests: 1, billedDurationMs: 10_200, billedMemoryMb: 128, gbSeconds: 1.275 });
    expect(out.costUsd).toBeCloseTo(0.000001 + (1.275 / 3600) * 0.06, 12);
  });

  it('assumes 64 MB for Express without --memory-mb', async () => {
    const { stdout } = await run([CAUGHT, '--json', '--type', 'express', '--region', 'us-east-1']);
    expect(JSON.parse(stdout)).toMatchObject({ billedMemoryMb: 64, gbSeconds: 0.6375 });
  });

  it('fails with exit 1 (no usage) for a missing file, a region with no price, or a bad price file', async () => {
    const missing = path.join(dir, 'nope.json');
    expect(await run([missing])).toEqual({ code: 1, stdout: '', stderr: `statescope cost: cannot read ${missing}: no such file\n` });
    const unpriced = await run([CAUGHT, '--region', 'ap-east-1']);
    expect(unpriced.code).toBe(1);
    expect(unpriced.stderr).toMatch(/^statescope cost: no Standard price is known for ap-east-1/);
    expect(unpriced.stderr).not.toContain('usage:');
    const prices = path.join(dir, 'no-prices.json');
    expect(await run([CAUGHT, '--prices', prices])).toEqual({
      code: 1,
      stdout: '',
      stderr: `statescope cost: price config ${prices}: no such file\n`,
    });
  });

  it('uses the prices of --prices', async () => {
    const prices = path.join(dir, 'prices.json');
    writeFileSync(prices, JSON.stringify({ source: 'EDP 2026', standard: { priceUsdPer1000Transitions: { 'us-east-1': 0.02 } } }));
    const { stdout } = await run([CAUGHT, '--json', '--region', 'us-east-1', '--prices', prices]);
    expect(JSON.parse(stdout)).toMatchObject({ costUsd: 0.00012, prices: { source: 'EDP 2026' } });
  });
});

describe('statescope cost on a file of CloudWatch Logs records', () => {
  it('prices every execution in it as Express by default', async () => {
    const { code, stdout } = await run([logsFile('two.json', ARN_1, ARN_2), '--json']);
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as { type: string; requests: number };
    expect(out).toMatchObject({ type: 'EXPRESS', requests: 2 });
  });

  it('prices a single execution as Standard with --type standard', async () => {
    const { code, stdout } = await run([logsFile('one.json', ARN_1), '--json', '--type', 'standard']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ type: 'STANDARD', region: 'eu-west-1', transitions: 1 });
  });

  it('refuses to price several executions as one Standard run, with the usage, exit 2', async () => {
    const file = logsFile('two-standard.json', ARN_1, ARN_2);
    const { code, stderr } = await run([file, '--type', 'standard']);
    expect(code).toBe(2);
    expect(
      stderr.startsWith(
        `statescope cost: ${file} holds 2 executions: price them as Express (the default for log records), or pass one execution\n${USAGE_START}`,
      ),
    ).toBe(true);
  });
});

describe('statescope cost on a state machine ARN', () => {
  function review(): StateMachineCostReview {
    const startedAt = new Date('2026-11-30T12:00:00Z');
    const executionArn = 'arn:aws:states:us-east-1:123456789012:execution:orders:run-1';
    return buildCostReview({
      stateMachine: { arn: MACHINE, name: 'orders', type: 'STANDARD' },
      region: 'us-east-1',
      executions: [{ executionArn, name: 'run-1', status: 'SUCCEEDED', startedAt }],
      measured: [
        {
          executionArn,
          name: 'run-1',
          status: 'SUCCEEDED',
          startedAt,
          stoppedAt: startedAt,
          durationMs: 1000,
          transitions: 4,
          costUsd: 0.0001,
          states: [],
        },
      ],
      mode: 'exact',
      prices: AWS_LIST_PRICES,
      priceUsdPer1000Transitions: 0.025,
    });
  }
  const apiCalls: ApiCallCounts = { calls: 3, throttled: 1, byAction: { ListExecutions: 1, GetExecutionHistory: 2 } };

  it('reviews it with the flags given, reporting progress on stderr and the review on stdout', async () => {
    fakes.reviewStateMachineTarget.mockImplementation(async (_arn, options) => {
      options.onProgress({ stage: 'listing', done: 1, total: null });
      options.onProgress({ stage: 'reading', done: 1, total: 1 });
      return { review: review(), apiCalls };
    });
    const { code, stdout, stderr } = await run([MACHINE, '--mode', 'exact', '--region', 'us-east-1', '--memory-mb', '128']);
    expect(code).toBe(0);
    expect(fakes.reviewStateMachineTarget).toHaveBeenCalledExactlyOnceWith(
      MACHINE,
      expect.objectContaining({ mode: 'exact', region: 'us-east-1', memoryMb: 128, prices: AWS_LIST_PRICES }),
    );
    expect(stderr).toBe('\rreading histories 1/1\n');
    expect(stdout).toContain('orders: 1 executions, every history read');
    expect(stdout).toContain('API calls: 3, throttled and retried: 1.');
  });

  it('reviews in auto mode by default and prints JSON quietly with --json', async () => {
    fakes.reviewStateMachineTarget.mockImplementation(async (_arn, options) => {
      options.onProgress({ stage: 'reading', done: 1, total: 1 });
      return { review: review(), apiCalls };
    });
    const { code, stdout, stderr } = await run([MACHINE, '--json']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(fakes.reviewStateMachineTarget.mock.calls[0]?.[1]).toMatchObject({ mode: 'auto', region: undefined, memoryMb: 64 });
    expect(JSON.parse(stdout)).toMatchObject({
      stateMachineArn: MACHINE,
      type: 'STANDARD',
      executions: 1,
      transitions: 4,
      apiCalls: { total: 3, throttled: 1 },
    });
  });

  it('reports a failed review with exit 1', async () => {
    fakes.reviewStateMachineTarget.mockRejectedValue(new Error('not allowed to ListExecutions'));
    expect(await run([MACHINE])).toEqual({ code: 1, stdout: '', stderr: 'statescope cost: not allowed to ListExecutions\n' });
  });
});
