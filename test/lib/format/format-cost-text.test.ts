import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { priceExpressRuns, priceStandardRun, type CostTarget } from '@/lib/cost/cost-report';
import { AWS_LIST_PRICES } from '@/lib/cost/price-table';
import { formatExpressRunsText, formatStandardRunText } from '@/lib/format/format-cost-text';
import { buildExecutionTimeline } from '@/lib/history/build-execution-timeline';
import { parseHistoryJson } from '@/lib/history/parse-history-document';

// ValidateOrder, then ChargePayment tried three times and caught, then two more states: 6 transitions.
const file = new URL('../../fixtures/history/order-payment-caught.json', import.meta.url).pathname;
const timeline = buildExecutionTimeline(parseHistoryJson(readFileSync(file, 'utf8'), file).events);
const target = (arn: string, region = 'us-east-1', regionSource = '--region'): CostTarget => ({ timeline, executionArn: arn, region, regionSource });
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
