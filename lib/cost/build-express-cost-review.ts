import { logsSucceededExecutions, type LogLevel } from '../history/log-levels';
import { mergeStateTransitions } from './break-down-transitions';
import { reviewedPopulation, toCostRow, type ListedExecution, type ReviewMode, type StateMachineCostReview } from './build-cost-review';
import { buildWhatIf } from './build-what-if';
import { billExpressUsage, priceExpressUsage } from './estimate-express-cost';
import { estimateTotalFromSample } from './estimate-total-from-sample';
import type { PriceTable } from './price-table';
import { toUtcDay, type DayCost } from './summarize-by-day';
import type { ExecutionCost, ExpressExecutionBill, ExpressReviewDetails, Interval } from './types';

export type { ExpressReviewDetails } from './types';

export { DEFAULT_EXPRESS_MEMORY_MB } from './estimate-express-cost';

/** An Express execution as its execution-level log records list it: start and, once over, stop. */
export interface ListedExpressExecution extends ListedExecution {
  stoppedAt: Date | null;
}

/** What an Express state machine is billed for, and what the logs could and could not tell. */
export interface ExpressCostReviewInput {
  stateMachine: StateMachineCostReview['stateMachine'];
  region: string;
  executions: readonly ListedExpressExecution[];
  /** Transitions of the runs whose log records were read (all, or a sample); empty below level ALL. */
  measured: readonly ExecutionCost[];
  /** How `measured` was chosen: every run or a random sample. Cost never depends on it. */
  mode: ReviewMode;
  prices: PriceTable;
  /** The Standard price, for the what-if the other way round. */
  priceUsdPer1000Transitions: number;
  memoryMb: number;
  logLevel: LogLevel;
  includeExecutionData: boolean;
  /** How far back the executions were listed (the list reader's bound). */
  listedDays: number;
  confidence?: number;
  topCount?: number;
}

/** A listed run's row: an Express run always has its start and its bill. */
type ExpressCostRow = ExecutionCost & { startedAt: Date; express: ExpressExecutionBill };

const EXACT_ZERO: Interval = { estimate: 0, low: 0, high: 0 };
const exactly = (value: number): Interval => ({ estimate: value, low: value, high: value });

/**
 * An Express state machine's review: every listed run priced by its request and its duration from the
 * logs (exact, no sampling); transitions, informative only, from the records read (all or a sample).
 * Totals go through the monthly GB-hour tiers; a run and a day are priced at the first tier.
 */
export function buildExpressCostReview(input: ExpressCostReviewInput): StateMachineCostReview & { express: ExpressReviewDetails } {
  const confidence = input.confidence ?? 0.95;
  const express = input.prices.express;
  const transitionsAvailable = input.logLevel === 'ALL';
  const measuredByArn = new Map(input.measured.map((cost) => [cost.executionArn, cost]));
  const population = input.executions.length;

  const rows: ExpressCostRow[] = [];
  const finishedDurations: number[] = [];
  let gbSeconds = 0;
  let billedMs = 0;
  let running = 0;
  for (const execution of input.executions) {
    const durationMs = execution.stoppedAt ? Math.max(0, execution.stoppedAt.getTime() - execution.startedAt.getTime()) : null;
    const bill = durationMs === null ? undefined : billExpressUsage({ requests: 1, durationMs, memoryMb: input.memoryMb }, express);
    if (bill && durationMs !== null) {
      gbSeconds += bill.gbSeconds;
      billedMs += bill.billedDurationMs;
      finishedDurations.push(durationMs);
    } else running += 1;
    const measured = measuredByArn.get(execution.executionArn);
    rows.push({
      executionArn: execution.executionArn,
      name: execution.name,
      status: execution.status,
      startedAt: execution.startedAt,
      stoppedAt: execution.stoppedAt,
      durationMs,
      transitions: measured?.transitions ?? 0,
      costUsd: priceExpressUsage({ requests: 1, gbSeconds: bill?.gbSeconds ?? 0 }, express).costUsd,
      states: measured?.states ?? [],
      express: {
        billedDurationMs: bill?.billedDurationMs ?? 0,
        billedMemoryMb: billExpressUsage({ requests: 1, durationMs: 0, memoryMb: input.memoryMb }, express).billedMemoryMb,
        gbSeconds: bill?.gbSeconds ?? 0,
        transitionsRead: measured !== undefined,
      },
    });
  }

  const total = priceExpressUsage({ requests: population, gbSeconds }, express);
  const values = input.measured.map((cost) => cost.transitions);
  const sample =
    transitionsAvailable && values.length > 0
      ? estimateTotalFromSample(values, Math.max(population, values.length), confidence)
      : undefined;
  const transitions = sample?.total ?? EXACT_ZERO;
  const meanTransitions = sample?.mean.estimate ?? 0;

  const days = new Map<string, DayCost>();
  for (const row of rows) {
    const day = toUtcDay(row.startedAt);
    const entry = days.get(day) ?? { day, executions: 0, transitions: 0, costUsd: 0 };
    entry.executions += 1;
    entry.transitions += row.express.transitionsRead ? row.transitions : meanTransitions;
    entry.costUsd += row.costUsd;
    days.set(day, entry);
  }

  // Runs in the same 100 ms step cost the same: the longer one first, then the one with more transitions.
  const byCost = [...rows].sort(
    (a, b) =>
      b.costUsd - a.costUsd || (b.durationMs ?? 0) - (a.durationMs ?? 0) || b.transitions - a.transitions || a.name.localeCompare(b.name),
  );
  const whatIf = buildWhatIf({
    executions: population,
    standardTransitions: transitions.estimate,
    priceUsdPer1000Transitions: input.priceUsdPer1000Transitions,
    measuredDurationsMs: finishedDurations,
    memoryMb: input.memoryMb,
    prices: input.prices,
  });
  const freeTierTransitions = input.prices.standard.freeTierTransitionsPerMonth;

  return {
    ...reviewedPopulation(input, confidence, population),
    priceUsdPer1000Transitions: input.priceUsdPer1000Transitions,
    prices: { source: input.prices.source, asOf: input.prices.asOf },
    transitions,
    costUsd: exactly(total.costUsd),
    costStandardErrorUsd: 0,
    transitionsStandardError: sample?.totalStandardError ?? 0,
    transitionsPerExecution: sample?.mean ?? EXACT_ZERO,
    days: [...days.values()].sort((a, b) => a.day.localeCompare(b.day)),
    states: mergeStateTransitions(input.measured.map((cost) => cost.states)),
    topExecutions: byCost.slice(0, input.topCount ?? 10),
    executions: byCost.map(toCostRow),
    // The same workload the other way round: the Express side is this review's own bill.
    whatIf: { ...whatIf, expressUsd: total.costUsd, expressRequestUsd: total.requestCostUsd, expressDurationUsd: total.durationCostUsd },
    freeTier: { transitionsPerMonth: freeTierTransitions, valueUsd: (freeTierTransitions * input.priceUsdPer1000Transitions) / 1000 },
    express: {
      requests: population,
      running,
      memoryMb: input.memoryMb,
      billedMemoryMb: billExpressUsage({ requests: 1, durationMs: 0, memoryMb: input.memoryMb }, express).billedMemoryMb,
      gbSeconds,
      requestCostUsd: total.requestCostUsd,
      durationCostUsd: total.durationCostUsd,
      averageBilledDurationMs: finishedDurations.length > 0 ? billedMs / finishedDurations.length : 0,
      logLevel: input.logLevel,
      includeExecutionData: input.includeExecutionData,
      transitionsAvailable,
      countIsLowerBound: input.logLevel !== 'OFF' && !logsSucceededExecutions(input.logLevel),
      priceUsdPerMillionRequests: express.priceUsdPerMillionRequests,
      listedDays: input.listedDays,
      pricesRegion: express.publishedForRegion,
    },
  };
}
