import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { priceExpressRuns, priceStandardRun, toExpressRunsJson, toStandardRunJson, type CostTarget } from '@/lib/cost/cost-report';
import { AWS_LIST_PRICES, type PriceTable } from '@/lib/cost/price-table';
import { formatExpressRunsText, formatStandardRunText } from '@/lib/format/format-cost-text';
import { buildExecutionTimeline } from '@/lib/history/build-execution-timeline';
import { parseHistoryJson } from '@/lib/history/parse-history-document';

const CAUGHT = new URL('../../fixtures/history/order-payment-caught.json', import.meta.url).pathname;
const timeline = buildExecutionTimeline(parseHistoryJson(readFileSync(CAUGHT, 'utf8'), CAUGHT).events);
const target = (overrides: Partial<CostTarget> = {}): CostTarget => ({
  timeline,
  executionArn: 'arn:aws:states:us-east-1:123456789012:execution:orders:caught',
  region: 'us-east-1',
  regionSource: '--region',
  ...overrides,
});

/** The list prices with the free tier and Express billing steps changed, to show they are read, not hard-coded. */
const CHANGED: PriceTable = {
  ...AWS_LIST_PRICES,
  standard: { ...AWS_LIST_PRICES.standard, freeTierTransitionsPerMonth: 12_500 },
  express: { ...AWS_LIST_PRICES.express, durationStepMs: 1, memoryStepMb: 128 },
};

describe('cost report of one Standard execution', () => {
  it('prices it at its region, without the free tier, and shapes the JSON with amounts free of float noise', () => {
    const json = toStandardRunJson(priceStandardRun(target({ region: 'sa-east-1' }), AWS_LIST_PRICES));
    expect(json).toMatchObject({
      type: 'STANDARD',
      region: 'sa-east-1',
      status: 'SUCCEEDED',
      transitions: 6,
      costUsd: 0.000225,
      priceUsdPerTransition: 0.0000375,
      priceUsdPer1000Transitions: 0.0375,
      freeTierApplied: false,
    });
    expect(Object.keys(json)).toEqual([
      'type',
      'region',
      'regionSource',
      'status',
      'transitions',
      'costUsd',
      'priceUsdPerTransition',
      'priceUsdPer1000Transitions',
      'freeTierApplied',
      'note',
      'prices',
      'byState',
    ]);
  });

  it('prints the same figures as text', () => {
    const text = formatStandardRunText(priceStandardRun(target(), AWS_LIST_PRICES));
    expect(text.split('\n').slice(0, 3)).toEqual([
      '6 state transitions (estimate), Standard, us-east-1 (--region), SUCCEEDED',
      'Cost: $0.00015000 at $0.025 per 1,000 transitions ($0.00002500 each)',
      'The free tier (4,000 transitions a month, account-wide) is not applied to a single execution.',
    ]);
    expect(text.endsWith(`Prices: ${AWS_LIST_PRICES.source}, as of ${AWS_LIST_PRICES.asOf}\n`)).toBe(true);
  });

  it('takes the free tier from the price table, in the JSON note and the text alike', () => {
    const priced = priceStandardRun(target(), CHANGED);
    expect(toStandardRunJson(priced).note).toContain('The free tier (12,500 transitions a month, account-wide)');
    expect(formatStandardRunText(priced)).toContain('The free tier (12,500 transitions a month, account-wide)');
  });
});

describe('cost report of Express runs', () => {
  it('bills one run as a request plus its rounded duration × memory', () => {
    const json = toExpressRunsJson(priceExpressRuns([target()], AWS_LIST_PRICES, 100));
    expect(json).toMatchObject({
      type: 'EXPRESS',
      executionArn: target().executionArn,
      requests: 1,
      durationMs: 10_125,
      billedDurationMs: 10_200,
      billedMemoryMb: 128,
      gbSeconds: 1.275,
    });
    expect(json.executions).toBeUndefined();
    expect(json.note).toContain('rounded up to 100 ms) × memory (64 MB chunks; 100 MB assumed');
  });

  it('prices several runs together and lists each; transitions are incomplete when a log level leaves them out', () => {
    const priced = priceExpressRuns(
      [
        target({ executionArn: 'arn:aws:states:us-east-1:1:express:m:a:1' }),
        target({ executionArn: 'arn:aws:states:us-east-1:1:express:m:b:2', logLevel: 'ERROR', logGaps: ['state events'] }),
      ],
      AWS_LIST_PRICES,
      64,
    );
    const json = toExpressRunsJson(priced);
    expect(json).toMatchObject({ requests: 2, transitions: 12, transitionsComplete: false, logGaps: ['state events'] });
    expect(json.executionArn).toBeUndefined();
    expect(json.executions?.map((run) => run.executionArn)).toEqual([
      'arn:aws:states:us-east-1:1:express:m:a:1',
      'arn:aws:states:us-east-1:1:express:m:b:2',
    ]);
    const text = formatExpressRunsText(priced);
    expect(text).toContain('2 Express executions, us-east-1 (--region): state transitions not logged at this log level');
    expect(text).toContain('  a  SUCCEEDED  10125 ms → 10200 ms');
    expect(text).toContain('Log: state events');
  });

  it('takes the billing steps from the price table', () => {
    const priced = priceExpressRuns([target()], CHANGED, 100);
    expect(priced.runs[0]?.bill).toMatchObject({ billedDurationMs: 10_125, billedMemoryMb: 128 });
    expect(formatExpressRunsText(priced)).toContain('rounded up to 1 ms) × memory (128 MB chunks; 100 MB assumed');
  });
});
