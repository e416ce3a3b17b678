import { describe, expect, it } from 'vitest';
import { buildWhatIf, EXPRESS_MAX_DURATION_MS } from '@/lib/cost/build-what-if';
import { AWS_LIST_PRICES, type PriceTable } from '@/lib/cost/price-table';

const base = {
  executions: 1000,
  standardTransitions: 3000,
  priceUsdPer1000Transitions: 0.025,
  measuredDurationsMs: [11_300],
  memoryMb: 64,
  prices: AWS_LIST_PRICES,
};

describe('buildWhatIf: the same workload priced as Standard and as Express', () => {
  it('E3 (docs/aws-behaviour.md#worked-pricing-examples): 1,000 runs of 3 transitions are $0.075 Standard, about $0.0128 Express', () => {
    const whatIf = buildWhatIf(base);
    expect(whatIf.executions).toBe(1000);
    expect(whatIf.standardUsd).toBeCloseTo(0.075, 12);
    expect(whatIf.expressRequestUsd).toBeCloseTo(0.001, 12);
    // 1,000 × 11.3 s × 1/16 GB = 706.25 GB-s = 0.196180… GB-hours at $0.06.
    expect(whatIf.expressDurationUsd).toBeCloseTo((706.25 / 3600) * 0.06, 12);
    expect(whatIf.expressUsd).toBeCloseTo(0.001 + (706.25 / 3600) * 0.06, 12);
    // The workshop's figure, $0.0127746, rounds $0.06/GB-hour to $0.00001667/GB-s.
    expect(Math.abs(whatIf.expressUsd - 0.0127746) / 0.0127746).toBeLessThan(0.0003);
    expect(whatIf.averageBilledDurationMs).toBe(11_300);
    expect(whatIf.memoryMb).toBe(64);
    expect(whatIf.tooLongForExpress).toBe(0);
    expect(whatIf.expressPricesRegion).toBe('us-east-1');
  });

  it('prices Standard as transitions × the regional price, without the free tier', () => {
    expect(buildWhatIf({ ...base, standardTransitions: 400_000, priceUsdPer1000Transitions: 0.0375 }).standardUsd).toBeCloseTo(15, 10);
    expect(buildWhatIf({ ...base, standardTransitions: 0 }).standardUsd).toBe(0);
  });

  it('scales the measured GB-seconds to every execution: 2 measured runs of 1 s stand for 10', () => {
    const whatIf = buildWhatIf({ ...base, executions: 10, measuredDurationsMs: [1000, 1000] });
    // 10 × 1 s × 0.0625 GB = 0.625 GB-s.
    expect(whatIf.expressDurationUsd).toBeCloseTo((0.625 / 3600) * 0.06, 15);
    expect(whatIf.expressRequestUsd).toBeCloseTo(10 / 1_000_000, 15);
  });

  it('averages the billed duration, each run rounded up to 100 ms on its own', () => {
    // 50 → 100, 150 → 200, 7,501 → 7,600.
    expect(buildWhatIf({ ...base, measuredDurationsMs: [50, 150, 7_501] }).averageBilledDurationMs).toBeCloseTo(7_900 / 3, 10);
  });

  it.each([
    [0, 64],
    [64, 64],
    [65, 128],
    [100, 128],
    [1024, 1024],
  ])('reports %d MB assumed memory as %d MB billed (64 MB chunks)', (memoryMb, billed) => {
    expect(buildWhatIf({ ...base, memoryMb }).memoryMb).toBe(billed);
  });

  it('bills memory in chunks in the duration charge too: 100 MB costs as 128 MB, twice 64 MB', () => {
    const at64 = buildWhatIf({ ...base, memoryMb: 64 }).expressDurationUsd;
    expect(buildWhatIf({ ...base, memoryMb: 100 }).expressDurationUsd).toBeCloseTo(2 * at64, 15);
  });

  it(`counts runs longer than Express allows (${EXPRESS_MAX_DURATION_MS} ms = 5 minutes), the limit itself allowed`, () => {
    expect(EXPRESS_MAX_DURATION_MS).toBe(300_000);
    const whatIf = buildWhatIf({ ...base, measuredDurationsMs: [1, 300_000, 300_001, 3_600_000] });
    expect(whatIf.tooLongForExpress).toBe(2);
  });

  it('with no measured durations, prices only the requests and reports a 0 ms average', () => {
    const whatIf = buildWhatIf({ ...base, executions: 2_000_000, measuredDurationsMs: [] });
    expect(whatIf.expressDurationUsd).toBe(0);
    expect(whatIf.expressRequestUsd).toBeCloseTo(2, 12);
    expect(whatIf.expressUsd).toBeCloseTo(2, 12);
    expect(whatIf.averageBilledDurationMs).toBe(0);
    expect(whatIf.tooLongForExpress).toBe(0);
  });

  it('with no executions at all, costs nothing either way', () => {
    const whatIf = buildWhatIf({ ...base, executions: 0, standardTransitions: 0, measuredDurationsMs: [] });
    expect(whatIf).toMatchObject({ executions: 0, standardUsd: 0, expressUsd: 0, expressRequestUsd: 0, expressDurationUsd: 0 });
  });

  it('uses the price table it is given, and names the region its Express prices were published for', () => {
    const prices: PriceTable = {
      ...AWS_LIST_PRICES,
      express: {
        ...AWS_LIST_PRICES.express,
        priceUsdPerMillionRequests: 2,
        durationTiers: [{ upToGbHours: null, priceUsdPerGbHour: 0.1 }],
        publishedForRegion: 'eu-west-1',
      },
    };
    const whatIf = buildWhatIf({ ...base, prices });
    expect(whatIf.expressRequestUsd).toBeCloseTo(0.002, 12);
    expect(whatIf.expressDurationUsd).toBeCloseTo((706.25 / 3600) * 0.1, 12);
    expect(whatIf.expressPricesRegion).toBe('eu-west-1');
  });
});
