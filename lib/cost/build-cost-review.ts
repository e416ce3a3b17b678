import { mergeStateTransitions } from './break-down-transitions';
import { buildWhatIf, type WhatIf } from './build-what-if';
import { DEFAULT_EXPRESS_MEMORY_MB } from './estimate-express-cost';
import { estimateTotalFromSample } from './estimate-total-from-sample';
import type { PriceTable } from './price-table';
import { summarizeByDay, type DayCost } from './summarize-by-day';
import type { ExecutionCost, ExpressReviewDetails, Interval, StateTransitions, WorkflowType } from './types';

export const REVIEW_MODES = ['exact', 'sampled'] as const;
export type ReviewMode = (typeof REVIEW_MODES)[number];

/** An execution as ListExecutions counts it: enough to place it on a day without its history. */
export interface ListedExecution {
  executionArn: string;
  name: string;
  status: string;
  startedAt: Date;
}

export interface StateMachineCostReview {
  stateMachine: { arn: string; name: string; type: WorkflowType };
  region: string;
  mode: ReviewMode;
  confidence: number;
  /** Every execution ListExecutions returned, counted exactly. */
  executionCount: number;
  /** Histories read: all of them (exact) or a random sample. */
  measuredCount: number;
  priceUsdPer1000Transitions: number;
  prices: { source: string; asOf: string };
  transitions: Interval;
  costUsd: Interval;
  /** Standard error of the transitions total, for combining independent reviews. */
  transitionsStandardError: number;
  /** Standard error of the cost when it is not transitions × price (Express: 0, every run is priced). */
  costStandardErrorUsd?: number;
  transitionsPerExecution: Interval;
  days: DayCost[];
  /** Summed over the measured executions only. */
  states: StateTransitions[];
  /** The most expensive measured executions, most transitions first. */
  topExecutions: ExecutionCost[];
  /** Every measured execution without its per-state rows (CSV export), most transitions first. */
  executions: ExecutionCostRow[];
  whatIf: WhatIf;
  freeTier: { transitionsPerMonth: number; valueUsd: number };
  /** Express only: priced by requests and GB-seconds; `transitions` are then informative. */
  express?: ExpressReviewDetails;
}

export type ExecutionCostRow = Omit<ExecutionCost, 'states'>;

export interface CostReviewInput {
  stateMachine: StateMachineCostReview['stateMachine'];
  region: string;
  executions: readonly ListedExecution[];
  /** Costs of the executions whose histories were read, a subset of `executions`. */
  measured: readonly ExecutionCost[];
  mode: ReviewMode;
  prices: PriceTable;
  priceUsdPer1000Transitions: number;
  /** Memory assumed for the Express what-if; default 64 MB, the smallest chunk. */
  expressMemoryMb?: number;
  confidence?: number;
  topCount?: number;
}

/** What every review, Standard or Express, says about what it covered. */
export function reviewedPopulation(
  input: Pick<StateMachineCostReview, 'stateMachine' | 'region' | 'mode'> & { measured: readonly unknown[] },
  confidence: number,
  population: number,
): Pick<StateMachineCostReview, 'stateMachine' | 'region' | 'mode' | 'confidence' | 'executionCount' | 'measuredCount'> {
  return {
    stateMachine: input.stateMachine,
    region: input.region,
    mode: input.mode,
    confidence,
    executionCount: population,
    measuredCount: input.measured.length,
  };
}

export function toCostRow(cost: ExecutionCost): ExecutionCostRow {
  const row: Partial<ExecutionCost> = { ...cost };
  delete row.states;
  return row as ExecutionCostRow;
}

/** Same arithmetic as estimateStandardCost, so every figure on the page rounds the same way. */
const priceInterval = (interval: Interval, priceUsdPer1000: number): Interval => ({
  estimate: (interval.estimate * priceUsdPer1000) / 1000,
  low: (interval.low * priceUsdPer1000) / 1000,
  high: (interval.high * priceUsdPer1000) / 1000,
});

/**
 * One state machine's cost review from its executions (counted exactly) and the histories read
 * (all of them, or a random sample: totals then carry the sample's interval and per-day figures use
 * the mean per execution).
 */
export function buildCostReview(input: CostReviewInput): StateMachineCostReview {
  const confidence = input.confidence ?? 0.95;
  const price = input.priceUsdPer1000Transitions;
  const population = input.executions.length;
  const measuredByArn = new Map(input.measured.map((cost) => [cost.executionArn, cost]));
  const values = input.measured.map((cost) => cost.transitions);

  const empty: Interval = { estimate: 0, low: 0, high: 0 };
  const sample = values.length > 0 ? estimateTotalFromSample(values, Math.max(population, values.length), confidence) : undefined;
  const transitions = sample?.total ?? empty;
  const perExecution = sample?.mean ?? empty;
  const meanTransitions = perExecution.estimate;
  const days = summarizeByDay(
    input.executions,
    (execution) => measuredByArn.get(execution.executionArn)?.transitions ?? meanTransitions,
    price,
  );
  const durations = input.measured.flatMap((cost) => (cost.durationMs === null ? [] : [cost.durationMs]));
  const freeTierTransitions = input.prices.standard.freeTierTransitionsPerMonth;
  const byCost = [...input.measured].sort((a, b) => b.transitions - a.transitions || a.name.localeCompare(b.name));

  return {
    ...reviewedPopulation(input, confidence, population),
    priceUsdPer1000Transitions: price,
    prices: { source: input.prices.source, asOf: input.prices.asOf },
    transitions,
    costUsd: priceInterval(transitions, price),
    transitionsStandardError: sample?.totalStandardError ?? 0,
    transitionsPerExecution: perExecution,
    days,
    states: mergeStateTransitions(input.measured.map((cost) => cost.states)),
    topExecutions: byCost.slice(0, input.topCount ?? 10),
    executions: byCost.map(toCostRow),
    whatIf: buildWhatIf({
      executions: population,
      standardTransitions: transitions.estimate,
      priceUsdPer1000Transitions: price,
      measuredDurationsMs: durations,
      memoryMb: input.expressMemoryMb ?? DEFAULT_EXPRESS_MEMORY_MB,
      prices: input.prices,
    }),
    freeTier: { transitionsPerMonth: freeTierTransitions, valueUsd: (freeTierTransitions * price) / 1000 },
  };
}
