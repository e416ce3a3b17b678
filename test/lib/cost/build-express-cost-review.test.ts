import { describe, expect, it } from 'vitest';
import { buildCostReview } from '@/lib/cost/build-cost-review';
import { buildExpressCostReview, type ListedExpressExecution } from '@/lib/cost/build-express-cost-review';
import { combineCostReviews } from '@/lib/cost/combine-cost-reviews';
import { AWS_LIST_PRICES } from '@/lib/cost/price-table';
import { toExecutionCostCsv } from '@/lib/cost/to-cost-csv';
import type { ExecutionCost } from '@/lib/cost/types';

const ARN = 'arn:aws:states:us-east-1:123456789012:stateMachine:orders-express';
const EXPRESS = { arn: ARN, name: 'orders-express', type: 'EXPRESS' as const };

function run(name: string, start: string, durationMs: number | null): ListedExpressExecution {
  const startedAt = new Date(start);
  return {
    executionArn: `arn:aws:states:us-east-1:123456789012:express:orders-express:${name}:0000`,
    name,
    status: durationMs === null ? 'RUNNING' : 'SUCCEEDED',
    startedAt,
    stoppedAt: durationMs === null ? null : new Date(startedAt.getTime() + durationMs),
  };
}

/** Transitions read from one run's log records (the rest of the row is not used for Express). */
function measured(listed: ListedExpressExecution, transitions: number): ExecutionCost {
  return {
    executionArn: listed.executionArn,
    name: listed.name,
    status: listed.status,
    startedAt: listed.startedAt,
    stoppedAt: listed.stoppedAt,
    durationMs: null,
    transitions,
    costUsd: (transitions * 0.025) / 1000,
    states: [
      {
        state: 'Step',
        type: 'Pass',
        visits: transitions,
        transitions,
        bySource: { 'first-pass': 1, loop: transitions - 1, retry: 0, 'map-iteration': 0, 'parallel-branch': 0, redrive: 0 },
      },
    ],
  };
}

// By hand, from the us-east-1 Express rates: $1.00 per million requests, $0.06 per GB-hour (first
// 1,000 GB-hours), duration rounded up to 100 ms, memory to 64 MB chunks (64 MB = 0.0625 GB).
//   a: 1,234 ms → 1,300 ms × 0.0625 GB = 0.08125 GB-s
//   b:    50 ms →   100 ms × 0.0625 GB = 0.00625 GB-s
//   c:   100 ms →   100 ms × 0.0625 GB = 0.00625 GB-s
//   d: running  → its request only
// GB-s 0.09375 = 0.0000260416… GB-h × $0.06 = $0.0000015625; 4 requests = $0.000004; total $0.0000055625.
const a = run('a', '2026-11-30T10:00:00.000Z', 1_234);
const b = run('b', '2026-11-30T23:59:59.950Z', 50);
const c = run('c', '2026-12-01T00:00:00.000Z', 100);
const d = run('d', '2026-12-01T08:00:00.000Z', null);

function review(input: { memoryMb?: number; logLevel?: 'ALL' | 'ERROR'; measured?: ExecutionCost[] } = {}) {
  const read = input.measured ?? [measured(a, 5), measured(c, 3)];
  return buildExpressCostReview({
    stateMachine: EXPRESS,
    region: 'us-east-1',
    executions: [a, b, c, d],
    measured: read,
    mode: read.length === 4 ? 'exact' : 'sampled',
    prices: AWS_LIST_PRICES,
    priceUsdPer1000Transitions: 0.025,
    memoryMb: input.memoryMb ?? 64,
    logLevel: input.logLevel ?? 'ALL',
    includeExecutionData: true,
    listedDays: 30,
  });
}

describe('buildExpressCostReview: every run priced by request and duration from the logs', () => {
  it('bills requests and GB-seconds exactly, whatever sample of transitions was read', () => {
    const express = review();
    expect(express.express).toMatchObject({
      requests: 4,
      running: 1,
      memoryMb: 64,
      billedMemoryMb: 64,
      logLevel: 'ALL',
      transitionsAvailable: true,
      countIsLowerBound: false,
    });
    expect(express.express.gbSeconds).toBeCloseTo(0.09375, 12);
    expect(express.express.averageBilledDurationMs).toBeCloseTo(1_500 / 3, 9);
    expect(express.express.requestCostUsd).toBeCloseTo(0.000004, 15);
    expect(express.express.durationCostUsd).toBeCloseTo(0.0000015625, 15);
    expect(express.costUsd.estimate).toBeCloseTo(0.0000055625, 15);
    expect(express.costUsd.low).toBe(express.costUsd.estimate);
    expect(express.costUsd.high).toBe(express.costUsd.estimate);
    expect(express.costStandardErrorUsd).toBe(0);
  });

  it('prices each run alone: one request plus its billed GB-seconds', () => {
    const rows = review().executions;
    const byName = new Map(rows.map((row) => [row.name, row]));
    expect(byName.get('a')).toMatchObject({
      durationMs: 1_234,
      transitions: 5,
      express: { billedDurationMs: 1_300, billedMemoryMb: 64, transitionsRead: true },
    });
    expect(byName.get('a')!.express!.gbSeconds).toBeCloseTo(0.08125, 12);
    // 0.000001 + 0.08125 / 3600 × 0.06
    expect(byName.get('a')!.costUsd).toBeCloseTo(0.0000023541666667, 15);
    expect(byName.get('b')).toMatchObject({ durationMs: 50, transitions: 0, express: { billedDurationMs: 100, transitionsRead: false } });
    expect(byName.get('d')).toMatchObject({ durationMs: null, costUsd: 0.000001, express: { billedDurationMs: 0, gbSeconds: 0 } });
    expect(rows.map((row) => row.name)).toEqual(['a', 'c', 'b', 'd']);
    expect(rows[0]).not.toHaveProperty('states');
  });

  it('exports each run with its bill; transitions left empty where its records were not read', () => {
    const lines = toExecutionCostCsv(review().executions).trim().split('\r\n');
    expect(lines[0]).toBe(
      'stateMachine,executionArn,name,status,startedAt,stoppedAt,durationMs,transitions,costUsd,type,billedDurationMs,billedMemoryMb,gbSeconds',
    );
    expect(lines[1]).toBe(
      'orders-express,arn:aws:states:us-east-1:123456789012:express:orders-express:a:0000,a,SUCCEEDED,2026-11-30T10:00:00.000Z,2026-11-30T10:00:01.234Z,1234,5,0.00000235,EXPRESS,1300,64,0.08125',
    );
    expect(lines[3]).toBe(
      'orders-express,arn:aws:states:us-east-1:123456789012:express:orders-express:b:0000,b,SUCCEEDED,2026-11-30T23:59:59.950Z,2026-12-01T00:00:00.000Z,50,,0.00000110,EXPRESS,100,64,0.00625',
    );
  });

  it('bills memory in 64 MB chunks: 100 MB assumed is billed as 128 MB, twice the GB-seconds', () => {
    const bigger = review({ memoryMb: 100 });
    expect(bigger.express.billedMemoryMb).toBe(128);
    expect(bigger.express.gbSeconds).toBeCloseTo(0.1875, 12);
    expect(bigger.costUsd.estimate).toBeCloseTo(0.000004 + (0.1875 / 3600) * 0.06, 15);
  });

  it('puts cost per UTC start day: requests as executions, the sample mean for transitions not read', () => {
    expect(review().days).toEqual([
      // a (read, 5) + b (not read: mean of 5 and 3 = 4); cost 0.0000023541… + 0.000001 + 0.00625 / 3600 × 0.06
      { day: '2026-11-30', executions: 2, transitions: 9, costUsd: expect.closeTo(0.0000023541666667 + 0.0000011041666667, 15) },
      { day: '2026-12-01', executions: 2, transitions: 7, costUsd: expect.closeTo(0.0000011041666667 + 0.000001, 15) },
    ]);
  });

  it('estimates transitions from the runs read (informative) and what they would cost as Standard', () => {
    const sampled = review();
    expect(sampled.mode).toBe('sampled');
    expect(sampled.measuredCount).toBe(2);
    // Mean 4 over 4 runs = 16 transitions × $0.025 / 1,000.
    expect(sampled.transitions.estimate).toBe(16);
    expect(sampled.whatIf.standardUsd).toBeCloseTo(0.0004, 12);
    expect(sampled.whatIf.expressUsd).toBe(sampled.costUsd.estimate);
    expect(sampled.states).toEqual([expect.objectContaining({ state: 'Step', transitions: 8 })]);
    const exact = review({ measured: [measured(a, 5), measured(b, 4), measured(c, 3), measured(d, 1)] });
    expect(exact.mode).toBe('exact');
    expect(exact.transitions).toEqual({ estimate: 13, low: 13, high: 13 });
  });

  it('below level ALL: no transitions, no Standard what-if, and counts that are lower bounds', () => {
    const errors = review({ logLevel: 'ERROR', measured: [] });
    expect(errors.express).toMatchObject({ transitionsAvailable: false, countIsLowerBound: true, logLevel: 'ERROR' });
    expect(errors.transitions).toEqual({ estimate: 0, low: 0, high: 0 });
    expect(errors.costUsd.estimate).toBeCloseTo(0.0000055625, 15);
  });

  it('joins the account review: cost and executions add, billed transitions are Standard only', () => {
    const startedAt = new Date('2026-11-30T09:00:00Z');
    const standardArn = 'arn:aws:states:us-east-1:123456789012:execution:orders:run-1';
    const standard = buildCostReview({
      stateMachine: { arn: 'arn:aws:states:us-east-1:123456789012:stateMachine:orders', name: 'orders', type: 'STANDARD' },
      region: 'us-east-1',
      executions: [{ executionArn: standardArn, name: 'run-1', status: 'SUCCEEDED', startedAt }],
      measured: [
        {
          executionArn: standardArn,
          name: 'run-1',
          status: 'SUCCEEDED',
          startedAt,
          stoppedAt: startedAt,
          durationMs: 0,
          transitions: 40,
          costUsd: 0.001,
          states: [],
        },
      ],
      mode: 'exact',
      prices: AWS_LIST_PRICES,
      priceUsdPer1000Transitions: 0.025,
    });
    const account = combineCostReviews([standard, review()]);
    expect(account.executionCount).toBe(5);
    expect(account.transitions).toEqual({ estimate: 40, low: 40, high: 40 });
    expect(account.costUsd.estimate).toBeCloseTo(0.001 + 0.0000055625, 15);
    expect(account.costUsd.low).toBeCloseTo(account.costUsd.estimate, 15);
    expect(account.days.find((day) => day.day === '2026-11-30')).toMatchObject({ executions: 3, transitions: 40 });
    expect(account.topExecutions[0]).toMatchObject({ name: 'run-1', stateMachineName: 'orders' });
    expect(account.topExecutions[1]).toMatchObject({ name: 'a', stateMachineName: 'orders-express' });
  });
});
