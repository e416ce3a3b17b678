import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { StateMachineCostReview } from '@/lib/cost/build-cost-review';
import { priceExpressRuns, priceStandardRun, type ApiCallCounts, type CostTarget } from '@/lib/cost/cost-report';
import { AWS_LIST_PRICES } from '@/lib/cost/price-table';
import type { ExpressReviewDetails, StateTransitions } from '@/lib/cost/types';
import { formatExpressRunsText, formatStandardRunText, formatStateMachineReviewText } from '@/lib/format/format-cost-text';
import { buildExecutionTimeline } from '@/lib/history/build-execution-timeline';
import { parseHistoryJson } from '@/lib/history/parse-history-document';

// ValidateOrder, then ChargePayment tried three times and caught, then two more states: 6 transitions.
const file = new URL('../../fixtures/history/order-payment-caught.json', import.meta.url).pathname;
const timeline = buildExecutionTimeline(parseHistoryJson(readFileSync(file, 'utf8'), file).events);
const target = (arn: string, region = 'us-east-1', regionSource = '--region'): CostTarget => ({
  timeline,
  executionArn: arn,
  region,
  regionSource,
});
const express = (id: string) => target(`arn:aws:states:us-east-1:123456789012:express:orders:${id}:run`);
const text = (...lines: string[]) => `${lines.join('\n')}\n`;

const EXPRESS_NOTE = (requests: string) =>
  `Express bills ${requests} plus duration (rounded up to 100 ms) × memory (64 MB chunks; 64 MB assumed: the logs do not say what AWS billed, set --memory-mb). Transitions are not billed for Express. Rates published for us-east-1.`;

describe('`statescope cost` text', () => {
  it('prices one Standard execution at its region, says the free tier is not applied, and lists states by transitions with their sources', () => {
    const arn = 'arn:aws:states:eu-west-1:123456789012:execution:orders:a';
    expect(formatStandardRunText(priceStandardRun(target(arn, 'eu-west-1', 'from the ARN'), AWS_LIST_PRICES))).toBe(
      text(
        '6 state transitions (estimate), Standard, eu-west-1 (from the ARN), SUCCEEDED',
        'Cost: $0.00015000 at $0.025 per 1,000 transitions ($0.00002500 each)',
        'The free tier (4,000 transitions a month, account-wide) is not applied to a single execution.',
        '  ChargePayment                      3  (first-pass 1, retry 2)',
        '  ValidateOrder                      1  (first-pass 1)',
        '  RecordDeclinedPayment              1  (first-pass 1)',
        '  OrderOnHold                        1  (first-pass 1)',
        'Prices: AWS Step Functions pricing page (aws.amazon.com/step-functions/pricing), as of 2026-12-01',
      ),
    );
  });

  it('prices one Express execution as a request plus billed duration × memory', () => {
    expect(formatExpressRunsText(priceExpressRuns([express('a')], AWS_LIST_PRICES, 64))).toBe(
      text(
        'Express execution, us-east-1 (--region), SUCCEEDED: 6 state transitions (not billed for Express)',
        'Cost: $0.00001162 = 1 request $0.00000100 + 10200 ms × 64 MB $0.00001062',
        'Billed: 1 request, 10200 ms at 64 MB = 0.6375 GB-seconds',
        EXPRESS_NOTE('1 request'),
      ),
    );
  });

  it('prices several Express executions together in GB-seconds and lists each run, its duration and what was billed', () => {
    expect(formatExpressRunsText(priceExpressRuns([express('a'), express('b')], AWS_LIST_PRICES, 64))).toBe(
      text(
        '2 Express executions, us-east-1 (--region): 12 state transitions (not billed for Express)',
        'Cost: $0.00002325 = 2 requests $0.00000200 + 1.275 GB-seconds $0.00002125',
        'Billed: 2 requests, 20400 ms at 64 MB = 1.275 GB-seconds',
        EXPRESS_NOTE('2 requests'),
        '  a  SUCCEEDED  10125 ms → 10200 ms',
        '  b  SUCCEEDED  10125 ms → 10200 ms',
      ),
    );
  });

  it('refuses to price no Express execution at all', () => {
    expect(() => formatExpressRunsText(priceExpressRuns([], AWS_LIST_PRICES, 64))).toThrow('no Express execution to price');
  });
});

describe('`statescope cost` text for Express runs read from CloudWatch Logs', () => {
  it('says transitions are not logged when a run was logged below ALL, prints each log gap once, and names runs by execution name', () => {
    const runs = [
      { ...express('a'), logLevel: 'ERROR' as const, logGaps: ['no input or output (includeExecutionData is off)', 'no state events'] },
      { ...express('b'), logLevel: 'ALL' as const, logGaps: ['no state events'] },
    ];
    expect(formatExpressRunsText(priceExpressRuns(runs, AWS_LIST_PRICES, 128))).toBe(
      text(
        '2 Express executions, us-east-1 (--region): state transitions not logged at this log level',
        'Cost: $0.00004450 = 2 requests $0.00000200 + 2.55 GB-seconds $0.00004250',
        'Billed: 2 requests, 20400 ms at 128 MB = 2.55 GB-seconds',
        'Express bills 2 requests plus duration (rounded up to 100 ms) × memory (64 MB chunks; 128 MB assumed: the logs do not say what AWS billed, set --memory-mb). Transitions are not billed for Express. Rates published for us-east-1.',
        '  a  SUCCEEDED  10125 ms → 10200 ms',
        '  b  SUCCEEDED  10125 ms → 10200 ms',
        'Log: no input or output (includeExecutionData is off)',
        'Log: no state events',
      ),
    );
  });

  it('names a run whose ARN has no execution name by the whole ARN', () => {
    const priced = priceExpressRuns([{ ...express('a'), executionArn: 'run-without-arn' }, express('b')], AWS_LIST_PRICES, 64);
    expect(formatExpressRunsText(priced).split('\n').slice(4, 6)).toEqual([
      '  run-without-arn  SUCCEEDED  10125 ms → 10200 ms',
      '  b  SUCCEEDED  10125 ms → 10200 ms',
    ]);
  });
});

const sources = (counts: Partial<StateTransitions['bySource']>): StateTransitions['bySource'] => ({
  'first-pass': 0,
  loop: 0,
  retry: 0,
  'map-iteration': 0,
  'parallel-branch': 0,
  redrive: 0,
  ...counts,
});

/** Listed least transitions first: the text sorts them. */
const STATES: StateTransitions[] = [
  { state: 'Validate', type: 'Task', visits: 100, transitions: 100, bySource: sources({ 'first-pass': 100 }) },
  { state: 'Charge', type: 'Task', visits: 100, transitions: 260, bySource: sources({ 'first-pass': 100, retry: 160 }) },
];

/** A Standard review of 100 executions, every history read: 360 transitions at $0.025 per 1,000. */
function review(overrides: Partial<StateMachineCostReview> = {}): StateMachineCostReview {
  return {
    stateMachine: { arn: 'arn:aws:states:us-east-1:123456789012:stateMachine:orders', name: 'orders', type: 'STANDARD' },
    region: 'us-east-1',
    mode: 'exact',
    confidence: 0.95,
    executionCount: 100,
    measuredCount: 100,
    priceUsdPer1000Transitions: 0.025,
    prices: { source: AWS_LIST_PRICES.source, asOf: AWS_LIST_PRICES.asOf },
    transitions: { estimate: 360, low: 360, high: 360 },
    costUsd: { estimate: 0.009, low: 0.009, high: 0.009 },
    transitionsStandardError: 0,
    transitionsPerExecution: { estimate: 3.6, low: 3.6, high: 3.6 },
    days: [],
    states: STATES,
    topExecutions: [],
    executions: [],
    whatIf: {
      executions: 100,
      standardUsd: 0.009,
      expressUsd: 0.0003,
      expressRequestUsd: 0.0001,
      expressDurationUsd: 0.0002,
      memoryMb: 64,
      averageBilledDurationMs: 1000,
      tooLongForExpress: 0,
      expressPricesRegion: 'us-east-1',
    },
    freeTier: { transitionsPerMonth: 4000, valueUsd: 0.1 },
    ...overrides,
  };
}

/** The same executions as Express runs logged at `logLevel`. */
function expressReview(
  logLevel: ExpressReviewDetails['logLevel'],
  overrides: Partial<StateMachineCostReview> = {},
): StateMachineCostReview {
  const all = logLevel === 'ALL';
  return review({
    stateMachine: { arn: 'arn:aws:states:us-east-1:123456789012:stateMachine:orders', name: 'orders', type: 'EXPRESS' },
    costUsd: { estimate: 0.00031333, low: 0.00031333, high: 0.00031333 },
    states: all ? STATES : [],
    express: {
      requests: 100,
      running: 0,
      memoryMb: 100,
      billedMemoryMb: 128,
      // Float noise the text must not show.
      gbSeconds: 12.800000000000002,
      requestCostUsd: 0.0001,
      durationCostUsd: 0.00021333,
      averageBilledDurationMs: 1000.4,
      logLevel,
      includeExecutionData: false,
      transitionsAvailable: all,
      countIsLowerBound: logLevel === 'ERROR' || logLevel === 'FATAL',
      priceUsdPerMillionRequests: 1,
      listedDays: 30,
      pricesRegion: 'us-east-1',
    },
    ...overrides,
  });
}

const SAMPLED = {
  mode: 'sampled',
  executionCount: 1000,
  measuredCount: 50,
  transitions: { estimate: 3600.4, low: 3410.6, high: 3790.2 },
} as const;

const API_CALLS: ApiCallCounts = { calls: 52, throttled: 3, byAction: { ListExecutions: 2, GetExecutionHistory: 50 } };

describe('`statescope cost` text for a state machine review', () => {
  it('totals a Standard review that read every history, states by transitions with their sources', () => {
    expect(formatStateMachineReviewText(review(), API_CALLS)).toBe(
      text(
        'orders: 100 executions, every history read',
        '360 state transitions, $0.00900000 (us-east-1, $0.025 per 1,000)',
        'Free tier not applied (4,000 transitions a month across the whole account). API calls: 52, throttled and retried: 3.',
        '  Charge                           260  (first-pass 100, retry 160)',
        '  Validate                         100  (first-pass 100)',
      ),
    );
  });

  it('gives a sampled Standard review its interval, rounded, and the cost interval', () => {
    const sampled = review({ ...SAMPLED, costUsd: { estimate: 0.09, low: 0.08526, high: 0.09474 } });
    expect(formatStateMachineReviewText(sampled, API_CALLS)).toBe(
      text(
        'orders: 1000 executions, 50 histories sampled',
        '3600 state transitions (95 % interval 3411–3790), $0.0900 ($0.0853–$0.0947)',
        'Free tier not applied (4,000 transitions a month across the whole account). API calls: 52, throttled and retried: 3.',
        '  Charge                           260  (first-pass 100, retry 160)',
        '  Validate                         100  (first-pass 100)',
      ),
    );
  });

  it.each([
    [0.0099, '$0.00990000'],
    [0.01, '$0.0100'],
    [12.345678, '$12.3457'],
  ])('prints $%s as %s: 8 decimals below a cent, so a small bill never reads as $0.0000', (costUsd, shown) => {
    const out = formatStateMachineReviewText(review({ costUsd: { estimate: costUsd, low: costUsd, high: costUsd } }), API_CALLS);
    expect(out.split('\n')[1]).toBe(`360 state transitions, ${shown} (us-east-1, $0.025 per 1,000)`);
  });

  it('prices an Express review by requests and GB-seconds, with the Standard what-if when every state event was logged', () => {
    expect(formatStateMachineReviewText(expressReview('ALL'), API_CALLS)).toBe(
      text(
        'orders: 100 Express executions from CloudWatch Logs (level ALL)',
        'Cost: $0.00031333 = 100 requests $0.00010000 + 12.8 GB-seconds $0.00021333 (average 1000 ms billed at 128 MB; 100 MB assumed, set --memory-mb)',
        '360 state transitions, not billed for Express; as Standard: $0.00900000',
        '  Charge                           260  (first-pass 100, retry 160)',
        '  Validate                         100  (first-pass 100)',
      ),
    );
  });

  it('marks the transitions of a sampled Express review approximate, with the sample and its interval', () => {
    expect(formatStateMachineReviewText(expressReview('ALL', SAMPLED), API_CALLS).split('\n')[2]).toBe(
      '≈ 3600 state transitions, not billed for Express (50 executions sampled, 95 % interval 3411–3790); as Standard: $0.00900000',
    );
  });

  it.each([
    [
      'ERROR',
      [
        'State transitions not logged at level ERROR: the Standard what-if cannot be computed.',
        'At level ERROR successful executions write nothing: the count and durations are lower bounds.',
      ],
    ],
    [
      'FATAL',
      [
        'State transitions not logged at level FATAL: the Standard what-if cannot be computed.',
        'At level FATAL successful executions write nothing: the count and durations are lower bounds.',
      ],
    ],
  ] as const)('says what an Express review logged at %s cannot tell', (level, lines) => {
    expect(formatStateMachineReviewText(expressReview(level), API_CALLS)).toBe(
      text(
        `orders: 100 Express executions from CloudWatch Logs (level ${level})`,
        'Cost: $0.00031333 = 100 requests $0.00010000 + 12.8 GB-seconds $0.00021333 (average 1000 ms billed at 128 MB; 100 MB assumed, set --memory-mb)',
        ...lines,
      ),
    );
  });
});
