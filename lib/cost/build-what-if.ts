import { billExpressUsage, priceExpressUsage } from './estimate-express-cost';
import type { PriceTable } from './price-table';

/** Express executions may run for 5 minutes at most (docs/aws-behaviour.md#quotas-and-throttling). */
export const EXPRESS_MAX_DURATION_MS = 5 * 60 * 1000;

export interface WhatIf {
  executions: number;
  standardUsd: number;
  expressUsd: number;
  expressRequestUsd: number;
  expressDurationUsd: number;
  /** The memory assumed per Express run, billed in 64 MB chunks. */
  memoryMb: number;
  /** Mean billed duration per run of the measured executions, rounded up to 100 ms each. */
  averageBilledDurationMs: number;
  /** Measured executions longer than Express allows: the what-if does not hold for them. */
  tooLongForExpress: number;
  /** Express prices were published for this region only; other regions use them as an approximation. */
  expressPricesRegion: string;
}

/**
 * The same workload priced both ways: Standard by transitions, Express by requests and GB-seconds
 * (scaled from the measured executions to all of them). Free tiers are left out of both.
 */
export function buildWhatIf(input: {
  executions: number;
  standardTransitions: number;
  priceUsdPer1000Transitions: number;
  measuredDurationsMs: readonly number[];
  memoryMb: number;
  prices: PriceTable;
}): WhatIf {
  const express = input.prices.express;
  let measuredGbSeconds = 0;
  let billedMs = 0;
  let tooLong = 0;
  for (const durationMs of input.measuredDurationsMs) {
    const bill = billExpressUsage({ requests: 1, durationMs, memoryMb: input.memoryMb }, express);
    measuredGbSeconds += bill.gbSeconds;
    billedMs += bill.billedDurationMs;
    if (durationMs > EXPRESS_MAX_DURATION_MS) tooLong += 1;
  }
  const measured = input.measuredDurationsMs.length;
  const scale = measured > 0 ? input.executions / measured : 0;
  const cost = priceExpressUsage({ requests: input.executions, gbSeconds: measuredGbSeconds * scale }, express);
  return {
    executions: input.executions,
    standardUsd: (input.standardTransitions * input.priceUsdPer1000Transitions) / 1000,
    expressUsd: cost.costUsd,
    expressRequestUsd: cost.requestCostUsd,
    expressDurationUsd: cost.durationCostUsd,
    memoryMb: billExpressUsage({ requests: 1, durationMs: 0, memoryMb: input.memoryMb }, express).billedMemoryMb,
    averageBilledDurationMs: measured > 0 ? billedMs / measured : 0,
    tooLongForExpress: tooLong,
    expressPricesRegion: express.publishedForRegion,
  };
}
