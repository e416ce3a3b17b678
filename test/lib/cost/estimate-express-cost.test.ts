import { describe, expect, it } from 'vitest';
import {
  billExpressUsage,
  DEFAULT_EXPRESS_MEMORY_MB,
  estimateExpressCost,
  estimateExpressMemoryMb,
  priceExpressUsage,
} from '@/lib/cost/estimate-express-cost';
import { AWS_LIST_PRICES, type ExpressPrices } from '@/lib/cost/price-table';

const express = AWS_LIST_PRICES.express;
const cents = (usd: number) => Math.round(usd * 100) / 100;

describe('billExpressUsage: rounds as AWS bills (docs/aws-behaviour.md#pricing-for-express-workflows)', () => {
  it.each([
    [0, 100],
    [1, 100],
    [100, 100],
    [101, 200],
    [7_500, 7_500],
    [7_501, 7_600],
    [10_125, 10_200],
  ])('bills a %d ms run as %d ms (up to the next 100 ms, at least 100)', (durationMs, billed) => {
    expect(billExpressUsage({ requests: 1, durationMs, memoryMb: 64 }, express).billedDurationMs).toBe(billed);
  });

  it.each([
    [0, 64],
    [1, 64],
    [62.85, 64],
    [64, 64],
    [64.5, 128],
    [129, 192],
  ])('bills %d MB as %d MB (64 MB chunks, at least one)', (memoryMb, billed) => {
    expect(billExpressUsage({ requests: 1, durationMs: 100, memoryMb }, express).billedMemoryMb).toBe(billed);
  });

  it('computes GB-seconds from the billed figures, for every request: 1,000 runs of 11.3 s at 64 MB are 706.25 GB-s', () => {
    expect(billExpressUsage({ requests: 1000, durationMs: 11_300, memoryMb: 64 }, express)).toEqual({
      requests: 1000,
      billedDurationMs: 11_300,
      billedMemoryMb: 64,
      gbSeconds: 706.25,
    });
    expect(billExpressUsage({ requests: 0, durationMs: 11_300, memoryMb: 64 }, express).gbSeconds).toBe(0);
  });

  it('takes its steps from the price table, not from constants', () => {
    const fine: ExpressPrices = { ...express, durationStepMs: 1, memoryStepMb: 1 };
    expect(billExpressUsage({ requests: 1, durationMs: 1234, memoryMb: 70 }, fine)).toMatchObject({
      billedDurationMs: 1234,
      billedMemoryMb: 70,
    });
  });
});

describe('priceExpressUsage: requests, then GB-hours through the tiers in order', () => {
  it('charges $1.00 per million requests', () => {
    expect(priceExpressUsage({ requests: 1_000_000, gbSeconds: 0 }, express)).toEqual({
      requests: 1_000_000,
      gbSeconds: 0,
      gbHours: 0,
      requestCostUsd: 1,
      durationCostUsd: 0,
      costUsd: 1,
    });
  });

  it.each([
    [500, 30],
    [1000, 60],
    [2000, 60 + 30],
    [5000, 60 + 120],
    [6000, 60 + 120 + 16.42],
  ])('prices %d GB-hours at $%d ($0.06, then $0.03 up to 5,000, then $0.01642)', (gbHours, usd) => {
    const cost = priceExpressUsage({ requests: 0, gbSeconds: gbHours * 3600 }, express);
    expect(cost.gbHours).toBeCloseTo(gbHours, 9);
    expect(cost.durationCostUsd).toBeCloseTo(usd, 9);
  });

  it('E2 (docs/aws-behaviour.md#worked-pricing-examples): 62,500,000 GB-s = 17,361.11 GB-hours, $60.00 + $120.00 + $202.97, plus $100.00 of requests', () => {
    const cost = priceExpressUsage({ requests: 100_000_000, gbSeconds: 62_500_000 }, express);
    expect(cost.gbHours.toFixed(2)).toBe('17361.11');
    expect(cents(cost.requestCostUsd)).toBe(100);
    expect(cents(cost.durationCostUsd)).toBe(382.97);
    expect(cents(cost.durationCostUsd - 180)).toBe(202.97);
    expect(cents(cost.costUsd)).toBe(482.97);
  });

  it('costs nothing for no usage', () => {
    expect(priceExpressUsage({ requests: 0, gbSeconds: 0 }, express).costUsd).toBe(0);
  });

  it('stops at the last tier a finite table has, charging nothing beyond it', () => {
    const capped: ExpressPrices = { ...express, durationTiers: [{ upToGbHours: 10, priceUsdPerGbHour: 1 }] };
    expect(priceExpressUsage({ requests: 0, gbSeconds: 20 * 3600 }, capped).durationCostUsd).toBeCloseTo(10, 12);
  });
});

describe('estimateExpressCost: the bill and its price for runs of one shape', () => {
  it('E2: 100 million runs of 10 s at 64 MB cost $482.97 in a month', () => {
    const cost = estimateExpressCost({ requests: 100_000_000, durationMs: 10_000, memoryMb: 64 }, express);
    expect(cost).toMatchObject({ requests: 100_000_000, billedDurationMs: 10_000, billedMemoryMb: 64, gbSeconds: 62_500_000 });
    expect(cents(cost.costUsd)).toBe(482.97);
  });

  it('E3: 1,000 runs of 11,300 ms at 64 MB cost about $0.0128 (113 × $0.0000001042 each plus $0.000001 a request)', () => {
    const cost = estimateExpressCost({ requests: 1000, durationMs: 11_300, memoryMb: 64 }, express);
    expect(cost.requestCostUsd).toBeCloseTo(0.001, 12);
    expect(Math.abs(cost.costUsd - 0.0127746) / 0.0127746).toBeLessThan(0.0003);
  });

  it('one trivial run is billed 100 ms at 64 MB: $0.000001 + 1/160 GB-s', () => {
    const cost = estimateExpressCost({ requests: 1, durationMs: 3, memoryMb: 10 }, express);
    expect(cost).toMatchObject({ billedDurationMs: 100, billedMemoryMb: 64, gbSeconds: 0.00625 });
    expect(cost.durationCostUsd).toBeCloseTo((0.00625 / 3600) * 0.06, 15);
    expect(cost.durationCostUsd).toBeCloseTo(1.0417e-7, 10);
    expect(cost.costUsd).toBeCloseTo(0.000001 + (0.00625 / 3600) * 0.06, 15);
  });
});

describe('estimateExpressMemoryMb: 50 MB + definition + execution data × Parallel or Map steps, 1 MB = 1,000 KB', () => {
  it('E1: a 50 KB definition with 400 Map steps of 32 KB uses 62.85 MB, billed as one 64 MB chunk', () => {
    const memoryMb = estimateExpressMemoryMb({ definitionKb: 50, executionDataKb: 32, parallelOrMapSteps: 400 });
    expect(memoryMb).toBeCloseTo(62.85, 10);
    expect(billExpressUsage({ requests: 1, durationMs: 100, memoryMb }, express).billedMemoryMb).toBe(64);
  });

  it.each([
    [{ definitionKb: 0, executionDataKb: 0, parallelOrMapSteps: 0 }, 50],
    [{ definitionKb: 1000, executionDataKb: 0, parallelOrMapSteps: 0 }, 51],
    [{ definitionKb: 0, executionDataKb: 500, parallelOrMapSteps: 0 }, 50.5],
    [{ definitionKb: 0, executionDataKb: 500, parallelOrMapSteps: 1 }, 50.5],
    [{ definitionKb: 0, executionDataKb: 500, parallelOrMapSteps: 4 }, 52],
  ])('%o uses %d MB (no Parallel or Map counts the data once)', (input, expected) => {
    expect(estimateExpressMemoryMb(input)).toBeCloseTo(expected, 12);
  });

  it('assumes one 64 MB chunk when nothing says otherwise', () => {
    expect(DEFAULT_EXPRESS_MEMORY_MB).toBe(64);
  });
});
