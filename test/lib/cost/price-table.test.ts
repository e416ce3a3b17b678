import { describe, expect, it } from 'vitest';
import { estimateExpressCost, estimateExpressMemoryMb, billExpressUsage, priceExpressUsage } from '@/lib/cost/estimate-express-cost';
import { estimateStandardCost } from '@/lib/cost/estimate-standard-cost';
import { AWS_LIST_PRICES } from '@/lib/cost/price-table';
import { ArnRegionError, regionFromArn } from '@/lib/cost/region-from-arn';
import { standardPriceForRegion, UnknownRegionPriceError } from '@/lib/cost/standard-price-for-region';

const cents = (usd: number) => Math.round(usd * 100) / 100;

describe('price tables (docs/aws-behaviour.md#pricing-for-standard-workflows)', () => {
  it('holds the 18 Standard regions of the stored AWS table with their price per 1,000 transitions', () => {
    const table = AWS_LIST_PRICES.standard.priceUsdPer1000TransitionsByRegion;
    expect(Object.keys(table)).toHaveLength(18);
    expect(table['us-east-1']).toBe(0.025);
    expect(table['us-west-1']).toBe(0.0279);
    expect(table['sa-east-1']).toBe(0.0375);
    expect(table['eu-west-3']).toBe(0.0297);
    expect(table['ap-northeast-2']).toBe(0.0271);
    expect(table['ap-south-1']).toBe(0.0285);
    expect(table['us-gov-west-1']).toBe(0.03);
    expect(AWS_LIST_PRICES.standard.freeTierTransitionsPerMonth).toBe(4000);
    expect(AWS_LIST_PRICES.source).toContain('aws.amazon.com/step-functions/pricing');
    expect(AWS_LIST_PRICES.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('prices one Standard transition in us-east-1 at $0.000025', () => {
    expect(estimateStandardCost({ transitions: 1, priceUsdPer1000Transitions: 0.025 }).costUsd).toBeCloseTo(0.000025, 12);
  });

  it('names the missing region and the fix when no price is known', () => {
    expect(() => standardPriceForRegion(AWS_LIST_PRICES, 'ap-east-1')).toThrow(UnknownRegionPriceError);
    expect(() => standardPriceForRegion(AWS_LIST_PRICES, 'ap-east-1')).toThrow(/ap-east-1.*priceUsdPer1000Transitions/);
  });

  it('reads the region from state machine, execution and Express execution ARNs', () => {
    expect(regionFromArn('arn:aws:states:eu-west-3:123456789012:stateMachine:orders')).toBe('eu-west-3');
    expect(regionFromArn('arn:aws:states:us-east-1:123456789012:execution:orders:run-1')).toBe('us-east-1');
    expect(regionFromArn('arn:aws:states:eu-central-1:123456789012:express:Wf:cli-test-run:4135929f-8d60-4ea5-b3c3-b243bec43271')).toBe(
      'eu-central-1',
    );
    expect(regionFromArn('arn:aws-us-gov:states:us-gov-west-1:123456789012:stateMachine:x')).toBe('us-gov-west-1');
    expect(() => regionFromArn('arn:aws:lambda:us-east-1:123456789012:function:f')).toThrow(ArnRegionError);
    expect(() => regionFromArn('orders')).toThrow("'orders' is not a Step Functions ARN");
  });
});

describe("AWS's worked examples (docs/aws-behaviour.md#worked-pricing-examples)", () => {
  it('E1: 50 KB definition, 400 map steps of 32 KB payload use 62.85 MB, billed as 64 MB', () => {
    const memoryMb = estimateExpressMemoryMb({ definitionKb: 50, executionDataKb: 32, parallelOrMapSteps: 400 });
    expect(memoryMb).toBeCloseTo(62.85, 10);
    expect(billExpressUsage({ requests: 1, durationMs: 1, memoryMb }, AWS_LIST_PRICES.express).billedMemoryMb).toBe(64);
  });

  it('E2: 100 million 10 s runs at 64 MB: 62,500,000 GB-s, 17,361.11 GB-hours, $100.00 + $382.97 = $482.97', () => {
    const cost = estimateExpressCost({ requests: 100_000_000, durationMs: 10_000, memoryMb: 64 }, AWS_LIST_PRICES.express);
    expect(cost.gbSeconds).toBe(62_500_000);
    expect(cost.gbHours.toFixed(2)).toBe('17361.11');
    expect(cents(cost.requestCostUsd)).toBe(100);
    expect(cents(cost.durationCostUsd)).toBe(382.97);
    expect(cents(cost.costUsd)).toBe(482.97);
  });

  it('E2 tier by tier: $60.00 for the first 1,000 GB-hours, $120.00 for the next 4,000, $202.97 beyond', () => {
    const express = AWS_LIST_PRICES.express;
    expect(cents(priceExpressUsage({ requests: 0, gbSeconds: 1000 * 3600 }, express).durationCostUsd)).toBe(60);
    expect(cents(priceExpressUsage({ requests: 0, gbSeconds: 5000 * 3600 }, express).durationCostUsd)).toBe(180);
    const beyond = priceExpressUsage({ requests: 0, gbSeconds: 62_500_000 }, express).durationCostUsd - 180;
    expect(cents(beyond)).toBe(202.97);
  });

  it('E3: Standard, 1,000 runs of 3 transitions cost $0.075; Express, 1,000 runs of 11,300 ms at 64 MB cost $0.01', () => {
    expect(estimateStandardCost({ transitions: 3 * 1000, priceUsdPer1000Transitions: 0.025 }).costUsd).toBeCloseTo(0.075, 12);
    const express = estimateExpressCost({ requests: 1000, durationMs: 11_300, memoryMb: 64 }, AWS_LIST_PRICES.express);
    expect(express.billedDurationMs).toBe(11_300);
    expect(cents(express.costUsd)).toBe(0.01);
    // The workshop's $0.0127746 uses $0.00001667/GB-s, a rounding of $0.06/GB-hour; within 0.03 % of it.
    expect(Math.abs(express.costUsd - 0.0127746) / 0.0127746).toBeLessThan(0.0003);
  });

  it('E4: 100,000 runs × 4 transitions, less the 4,000 free, cost $9.90 in us-east-1', () => {
    const cost = estimateStandardCost({ transitions: 400_000, priceUsdPer1000Transitions: 0.025, freeTierTransitions: 4000 });
    expect(cost.freeTransitions).toBe(4000);
    expect(cost.billableTransitions).toBe(396_000);
    expect(cost.costUsd).toBeCloseTo(9.9, 10);
  });

  it('bills $0.0000001042 per 100 ms at 64 MB (the workshop rate) to within rounding', () => {
    const one = estimateExpressCost({ requests: 1, durationMs: 100, memoryMb: 64 }, AWS_LIST_PRICES.express);
    expect(one.durationCostUsd).toBeCloseTo(1.0417e-7, 10);
  });

  it('rounds duration up to 100 ms and memory up to 64 MB chunks, at least one of each', () => {
    const express = AWS_LIST_PRICES.express;
    expect(billExpressUsage({ requests: 1, durationMs: 0, memoryMb: 0 }, express)).toMatchObject({
      billedDurationMs: 100,
      billedMemoryMb: 64,
    });
    expect(billExpressUsage({ requests: 1, durationMs: 7_501, memoryMb: 64 }, express)).toMatchObject({
      billedDurationMs: 7_600,
      billedMemoryMb: 64,
    });
    expect(billExpressUsage({ requests: 1, durationMs: 100, memoryMb: 64.5 }, express)).toMatchObject({
      billedDurationMs: 100,
      billedMemoryMb: 128,
    });
  });

  it('leaves the free tier out when it is not given (a single execution)', () => {
    const cost = estimateStandardCost({ transitions: 7, priceUsdPer1000Transitions: 0.025 });
    expect(cost.freeTransitions).toBe(0);
    expect(cost.costUsd).toBeCloseTo(0.000175, 12);
  });
});
