import type { ExpressPrices } from './price-table';

/** Memory assumed per Express run when nothing says otherwise: one 64 MB chunk, the smallest bill. */
export const DEFAULT_EXPRESS_MEMORY_MB = 64;

/** What Express bills for one or more runs of the same shape: requests, duration and memory. */
export interface ExpressUsage {
  requests: number;
  /** Duration of one run, before rounding. */
  durationMs: number;
  /** Memory one run used, before rounding to 64 MB chunks. */
  memoryMb: number;
}

export interface ExpressBill {
  requests: number;
  billedDurationMs: number;
  billedMemoryMb: number;
  gbSeconds: number;
}

export interface ExpressCost {
  requests: number;
  gbSeconds: number;
  gbHours: number;
  requestCostUsd: number;
  durationCostUsd: number;
  costUsd: number;
}

/**
 * Rounds as AWS bills (docs/aws-behaviour.md#pricing-for-express-workflows): duration up to the next
 * 100 ms, memory up to 64 MB chunks, at least one step of each (a trivial run was billed 100 ms and
 * 64 MB).
 */
export function billExpressUsage(usage: ExpressUsage, prices: ExpressPrices): ExpressBill {
  const billedDurationMs = Math.max(1, Math.ceil(usage.durationMs / prices.durationStepMs)) * prices.durationStepMs;
  const billedMemoryMb = Math.max(1, Math.ceil(usage.memoryMb / prices.memoryStepMb)) * prices.memoryStepMb;
  return {
    requests: usage.requests,
    billedDurationMs,
    billedMemoryMb,
    gbSeconds: usage.requests * (billedDurationMs / 1000) * (billedMemoryMb / 1024),
  };
}

/**
 * Prices a month of Express usage: requests, then GB-hours through the tiers in order
 * (docs/aws-behaviour.md#worked-pricing-examples, E2).
 */
export function priceExpressUsage(usage: { requests: number; gbSeconds: number }, prices: ExpressPrices): ExpressCost {
  const gbHours = usage.gbSeconds / 3600;
  let remaining = gbHours;
  let floor = 0;
  let durationCostUsd = 0;
  for (const tier of prices.durationTiers) {
    if (remaining <= 0) break;
    const inTier = tier.upToGbHours === null ? remaining : Math.min(remaining, tier.upToGbHours - floor);
    durationCostUsd += inTier * tier.priceUsdPerGbHour;
    remaining -= inTier;
    floor = tier.upToGbHours ?? floor;
  }
  const requestCostUsd = (usage.requests * prices.priceUsdPerMillionRequests) / 1_000_000;
  return {
    requests: usage.requests,
    gbSeconds: usage.gbSeconds,
    gbHours,
    requestCostUsd,
    durationCostUsd,
    costUsd: requestCostUsd + durationCostUsd,
  };
}

/**
 * The Express estimate for `requests` runs of `durationMs` at `memoryMb`, whatever measured them
 * (a history's start and stop, CloudWatch's billed metrics, or a what-if), priced as one month.
 */
export function estimateExpressCost(usage: ExpressUsage, prices: ExpressPrices): ExpressCost & ExpressBill {
  const bill = billExpressUsage(usage, prices);
  return { ...bill, ...priceExpressUsage(bill, prices) };
}

/**
 * AWS's memory formula, quoted on the pricing page
 * (docs/aws-behaviour.md#pricing-for-express-workflows): 50 MB + definition size + execution data
 * size × Parallel or Map steps. AWS's own example counts 1 MB as 1,000 KB (E1).
 */
export function estimateExpressMemoryMb(input: { definitionKb: number; executionDataKb: number; parallelOrMapSteps: number }): number {
  return 50 + input.definitionKb / 1000 + (input.executionDataKb * Math.max(1, input.parallelOrMapSteps)) / 1000;
}
