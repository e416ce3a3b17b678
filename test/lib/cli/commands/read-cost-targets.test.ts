import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ExpressExecutionRecords } from '@/lib/aws/read-express-execution-records';
import { EXPRESS_ARN, readCostTargets, reviewStateMachineTarget, STATE_MACHINE_ARN } from '@/lib/cli/commands/read-cost-targets';
import { AWS_LIST_PRICES } from '@/lib/cost/price-table';
import type { HistoryEventRecord } from '@/lib/domain';
import type { LogRecord } from '@/lib/history/to-log-execution-event';

// Targets that name an ARN are read through lib/aws and lib/services; those are replaced by fakes
// here (they are tested against a server in test/integration/cost/cost-command.test.ts).
const fakes = vi.hoisted(() => {
  const caller = { region: '', stats: { calls: 0, throttled: 0, throttledSurfaced: 0, byAction: {} }, close: vi.fn() };
  return {
    caller,
    createCostSfnCaller: vi.fn((options: { region: string }) => Object.assign(caller, { region: options.region })),
    getExecutionHistoryWithoutData: vi.fn<(caller: unknown, executionArn: string) => Promise<HistoryEventRecord[]>>(),
    readExpressExecutionRecords: vi.fn<(executionArn: string) => Promise<ExpressExecutionRecords>>(),
    reviewStateMachineCost: vi.fn(),
    cache: { name: 'shared cache' },
  };
});
vi.mock('@/lib/aws/cost-sfn-caller', () => ({ createCostSfnCaller: fakes.createCostSfnCaller }));
vi.mock('@/lib/aws/get-execution-history-without-data', () => ({ getExecutionHistoryWithoutData: fakes.getExecutionHistoryWithoutData }));
vi.mock('@/lib/aws/read-express-execution-records', () => ({ readExpressExecutionRecords: fakes.readExpressExecutionRecords }));
vi.mock('@/lib/services/review-state-machine-cost', () => ({ reviewStateMachineCost: fakes.reviewStateMachineCost }));
vi.mock('@/lib/services/execution-index/shared-execution-index', () => ({ getSharedHistoryCache: () => fakes.cache }));

const CAUGHT = new URL('../../../fixtures/history/order-payment-caught.json', import.meta.url).pathname;
const dir = mkdtempSync(path.join(tmpdir(), 'statescope-cost-targets-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeEach(() => {
  vi.stubEnv('AWS_REGION', undefined);
  fakes.caller.close.mockClear();
  fakes.createCostSfnCaller.mockClear();
  fakes.getExecutionHistoryWithoutData.mockReset();
  fakes.readExpressExecutionRecords.mockReset();
  fakes.reviewStateMachineCost.mockReset();
});
afterEach(() => {
  vi.unstubAllEnvs();
});

function file(name: string, contents: string): string {
  const at = path.join(dir, name);
  writeFileSync(at, contents);
  return at;
}

const EU_RUN = 'arn:aws:states:eu-west-1:123456789012:express:m:run-1:0f0f';
const SA_RUN = 'arn:aws:states:sa-east-1:123456789012:express:m:run-2:1a1a';
const record = (id: number, type: string, previous: number, details: Record<string, unknown>, arn: string): LogRecord => ({
  id: String(id),
  type,
  details,
  previous_event_id: String(previous),
  event_timestamp: String(1_773_133_200_000 + id * 100),
  execution_arn: arn,
});
const run = (arn: string) => [
  record(1, 'ExecutionStarted', 0, { input: '{}' }, arn),
  record(2, 'PassStateEntered', 0, { name: 'A', input: '{}' }, arn),
  record(3, 'PassStateExited', 2, { name: 'A', output: '{}' }, arn),
  record(4, 'ExecutionSucceeded', 3, { output: '{}' }, arn),
];

describe('the ARN patterns that pick how a target is read', () => {
  it.each([
    ['arn:aws:states:eu-west-1:123456789012:express:m:run-1:0f0f', true, false],
    ['arn:aws-cn:states:cn-north-1:123456789012:express:m:run-1:0f0f', true, false],
    ['arn:aws:states:eu-west-1:123456789012:stateMachine:m', false, true],
    ['arn:aws:states:eu-west-1:123456789012:stateMachine:m:prod', false, true],
    ['arn:aws:states:eu-west-1:123456789012:execution:m:run-1', false, false],
    ['history.json', false, false],
    ['./arn:aws:states:eu-west-1:123456789012:stateMachine:m', false, false],
  ])('%s: Express execution %s, state machine %s', (target, express, stateMachine) => {
    expect(EXPRESS_ARN.test(target)).toBe(express);
    expect(STATE_MACHINE_ARN.test(target)).toBe(stateMachine);
  });
});

describe('readCostTargets on a history file', () => {
  it('reads one Standard execution named by the file, in the region given by --region', async () => {
    const targets = await readCostTargets(CAUGHT, 'sa-east-1');
    expect(targets.express).toBe(false);
    expect(targets.executions).toHaveLength(1);
    expect(targets.executions[0]).toMatchObject({ executionArn: CAUGHT, region: 'sa-east-1', regionSource: '--region' });
    expect(targets.executions[0]?.timeline).toMatchObject({ status: 'SUCCEEDED', durationMs: 10_125, transitions: { total: 6 } });
    expect(targets.executions[0]).not.toHaveProperty('logLevel');
  });

  it('takes the region from AWS_REGION, else assumes us-east-1 and says so', async () => {
    vi.stubEnv('AWS_REGION', ' eu-central-1 ');
    expect((await readCostTargets(CAUGHT, undefined)).executions[0]).toMatchObject({ region: 'eu-central-1', regionSource: 'AWS_REGION' });
    vi.stubEnv('AWS_REGION', undefined);
    expect((await readCostTargets(CAUGHT, undefined)).executions[0]).toMatchObject({
      region: 'us-east-1',
      regionSource: 'assumed: a history file names no region; pass --region',
    });
  });

  it('reads a history that starts with a byte-order mark', async () => {
    const bom = file('bom.json', `\uFEFF${readFileSync(CAUGHT, 'utf8')}`);
    expect((await readCostTargets(bom, 'us-east-1')).executions[0]?.timeline.transitions.total).toBe(6);
  });

  it('names a missing file', async () => {
    const missing = path.join(dir, 'nope.json');
    await expect(readCostTargets(missing, undefined)).rejects.toThrow(`cannot read ${missing}: no such file`);
  });

  it('names a file that cannot be read, with its error code', async () => {
    await expect(readCostTargets(dir, undefined)).rejects.toThrow(`cannot read ${dir} (EISDIR)`);
  });

  it('names a file that is not JSON', async () => {
    const garbled = file('garbled.json', 'not json at all');
    await expect(readCostTargets(garbled, undefined)).rejects.toThrow(garbled);
  });

  it('never calls AWS for a file', async () => {
    await readCostTargets(CAUGHT, 'us-east-1');
    expect(fakes.createCostSfnCaller).not.toHaveBeenCalled();
    expect(fakes.readExpressExecutionRecords).not.toHaveBeenCalled();
  });
});

describe('readCostTargets on a file of CloudWatch Logs records (priced as Express)', () => {
  it('reads every execution in it, each in the region of its own ARN, with what its log level left out', async () => {
    const logs = file(
      'logs.json',
      JSON.stringify({ events: [...run(EU_RUN), ...run(SA_RUN)].map((r) => ({ message: JSON.stringify(r) })) }),
    );
    const targets = await readCostTargets(logs, undefined);
    expect(targets.express).toBe(true);
    expect(
      targets.executions.map((target) => [target.executionArn, target.region, target.regionSource, target.logLevel, target.logGaps]),
    ).toEqual([
      [EU_RUN, 'eu-west-1', 'the execution ARN in the log', 'ALL', []],
      [SA_RUN, 'sa-east-1', 'the execution ARN in the log', 'ALL', []],
    ]);
    expect(targets.executions[0]?.timeline.transitions.total).toBe(1);
  });

  it('uses --region over the ARNs when it is given', async () => {
    const logs = file('logs-region.json', JSON.stringify([...run(EU_RUN), ...run(SA_RUN)]));
    const targets = await readCostTargets(logs, 'us-west-2');
    expect(targets.executions.map((target) => [target.region, target.regionSource])).toEqual([
      ['us-west-2', '--region'],
      ['us-west-2', '--region'],
    ]);
  });

  it('falls back to the file rules for records with no execution ARN, naming the file as the execution', async () => {
    const bare = run(EU_RUN).map((r) => {
      const copy: Partial<LogRecord> = { ...r };
      delete copy.execution_arn;
      return copy;
    });
    const logs = file('bare.json', JSON.stringify({ records: bare }));
    const targets = await readCostTargets(logs, undefined);
    expect(targets.executions).toEqual([
      expect.objectContaining({
        executionArn: logs,
        region: 'us-east-1',
        regionSource: 'assumed: a history file names no region; pass --region',
      }),
    ]);
  });

  it('says what level ERROR leaves out', async () => {
    const errorOnly = [
      record(7, 'TaskFailed', 6, { error: 'E', cause: 'c' }, EU_RUN),
      record(9, 'ExecutionFailed', 7, { error: 'E', cause: 'c' }, EU_RUN),
    ];
    const targets = await readCostTargets(file('error.json', JSON.stringify(errorOnly)), undefined);
    expect(targets.executions[0]?.logLevel).toBe('ERROR');
    expect(targets.executions[0]?.logGaps).toHaveLength(2);
  });

  it('refuses a logs file with no Step Functions records', async () => {
    const empty = file('empty.json', JSON.stringify({ records: [] }));
    await expect(readCostTargets(empty, undefined)).rejects.toThrow(`${empty} holds no Step Functions log records`);
  });
});

describe('readCostTargets on an Express execution ARN', () => {
  it("rebuilds its history from its state machine's logs, in the ARN's region, with the configured coverage", async () => {
    fakes.readExpressExecutionRecords.mockResolvedValue({
      executionArn: EU_RUN,
      logging: {
        stateMachineArn: 'arn:aws:states:eu-west-1:123456789012:stateMachine:m',
        type: 'EXPRESS',
        level: 'ALL',
        includeExecutionData: false,
      },
      records: run(EU_RUN),
    });
    const targets = await readCostTargets(EU_RUN, undefined);
    expect(fakes.readExpressExecutionRecords).toHaveBeenCalledWith(EU_RUN);
    expect(targets.express).toBe(true);
    expect(targets.executions).toHaveLength(1);
    expect(targets.executions[0]).toMatchObject({ executionArn: EU_RUN, region: 'eu-west-1', regionSource: 'the ARN', logLevel: 'ALL' });
    expect(targets.executions[0]?.logGaps).toEqual([
      expect.stringContaining('Inputs and outputs are not logged (includeExecutionData is false)'),
    ]);
    expect(targets.executions[0]?.timeline.status).toBe('SUCCEEDED');
  });

  it('uses --region when given', async () => {
    fakes.readExpressExecutionRecords.mockResolvedValue({
      executionArn: EU_RUN,
      logging: {
        stateMachineArn: 'arn:aws:states:eu-west-1:123456789012:stateMachine:m',
        type: 'EXPRESS',
        level: 'ALL',
        includeExecutionData: true,
      },
      records: run(EU_RUN),
    });
    expect((await readCostTargets(EU_RUN, 'eu-north-1')).executions[0]).toMatchObject({
      region: 'eu-north-1',
      regionSource: '--region',
      logGaps: [],
    });
  });
});

describe('readCostTargets on a Standard execution ARN', () => {
  const EXECUTION = 'arn:aws:states:ap-south-1:123456789012:execution:orders:run-1';
  const fixtureEvents = (): HistoryEventRecord[] =>
    (JSON.parse(readFileSync(CAUGHT, 'utf8')) as { events: (HistoryEventRecord & { timestamp: string })[] }).events.map((event) => ({
      ...event,
      timestamp: new Date(event.timestamp),
    }));

  it("reads its history without data through a cost caller for the ARN's region, then closes the caller", async () => {
    fakes.getExecutionHistoryWithoutData.mockResolvedValue(fixtureEvents());
    const targets = await readCostTargets(EXECUTION, undefined);
    expect(fakes.createCostSfnCaller).toHaveBeenCalledExactlyOnceWith({ region: 'ap-south-1' });
    expect(fakes.getExecutionHistoryWithoutData).toHaveBeenCalledWith(fakes.caller, EXECUTION);
    expect(fakes.caller.close).toHaveBeenCalledOnce();
    expect(targets).toEqual({
      express: false,
      executions: [expect.objectContaining({ executionArn: EXECUTION, region: 'ap-south-1', regionSource: 'the ARN' })],
    });
    expect(targets.executions[0]?.timeline.transitions.total).toBe(6);
  });

  it('calls the region given by --region', async () => {
    fakes.getExecutionHistoryWithoutData.mockResolvedValue(fixtureEvents());
    expect((await readCostTargets(EXECUTION, 'us-east-2')).executions[0]).toMatchObject({ region: 'us-east-2', regionSource: '--region' });
    expect(fakes.createCostSfnCaller).toHaveBeenCalledWith({ region: 'us-east-2' });
  });

  it('closes the caller when reading fails', async () => {
    fakes.getExecutionHistoryWithoutData.mockRejectedValue(new Error('ExecutionDoesNotExist'));
    await expect(readCostTargets(EXECUTION, undefined)).rejects.toThrow('ExecutionDoesNotExist');
    expect(fakes.caller.close).toHaveBeenCalledOnce();
  });
});

describe('reviewStateMachineTarget', () => {
  const MACHINE = 'arn:aws:states:eu-west-3:123456789012:stateMachine:orders';
  const onProgress = () => undefined;

  it("reviews the state machine with the shared cache and a caller for the ARN's region, then closes the caller", async () => {
    const outcome = { review: { stateMachine: { name: 'orders' } }, apiCalls: { calls: 3, throttled: 0, byAction: {} } };
    fakes.reviewStateMachineCost.mockResolvedValue(outcome);
    const result = await reviewStateMachineTarget(MACHINE, { mode: 'sampled', prices: AWS_LIST_PRICES, memoryMb: 128, onProgress });
    expect(result).toBe(outcome);
    expect(fakes.createCostSfnCaller).toHaveBeenCalledExactlyOnceWith({ region: 'eu-west-3' });
    expect(fakes.reviewStateMachineCost).toHaveBeenCalledExactlyOnceWith(MACHINE, {
      mode: 'sampled',
      prices: AWS_LIST_PRICES,
      expressMemoryMb: 128,
      cache: fakes.cache,
      caller: fakes.caller,
      onProgress,
    });
    expect(fakes.caller.close).toHaveBeenCalledOnce();
  });

  it('calls the region it is given, and closes the caller when the review fails', async () => {
    fakes.reviewStateMachineCost.mockRejectedValue(new Error('AccessDenied'));
    await expect(
      reviewStateMachineTarget(MACHINE, { mode: 'auto', region: 'eu-west-1', prices: AWS_LIST_PRICES, memoryMb: 64, onProgress }),
    ).rejects.toThrow('AccessDenied');
    expect(fakes.createCostSfnCaller).toHaveBeenCalledWith({ region: 'eu-west-1' });
    expect(fakes.caller.close).toHaveBeenCalledOnce();
  });

  it('refuses an ARN with no region before creating a caller', async () => {
    await expect(reviewStateMachineTarget('orders', { mode: 'auto', prices: AWS_LIST_PRICES, memoryMb: 64, onProgress })).rejects.toThrow(
      "'orders' is not a Step Functions ARN",
    );
    expect(fakes.createCostSfnCaller).not.toHaveBeenCalled();
  });
});
