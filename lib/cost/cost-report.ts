import type { LogLevel } from '../history/log-levels';
import type { ExecutionTimeline } from '../history/types';
import type { StateMachineCostReview } from './build-cost-review';
import { billExpressUsage, priceExpressUsage, type ExpressBill, type ExpressCost } from './estimate-express-cost';
import { estimateExecutionCost } from './estimate-execution-cost';
import type { PriceTable } from './price-table';
import { standardPriceForRegion } from './standard-price-for-region';
import type { ExecutionCost, StateTransitions } from './types';

/**
 * What `statescope cost` reports, as plain data: each input priced once here, then shaped for `--json`
 * (below) or for text (lib/format/format-cost-text.ts), so the two never disagree.
 */

/** One execution to price, however it was read: a file, the API, CloudWatch Logs. */
export interface CostTarget {
  timeline: ExecutionTimeline;
  executionArn: string;
  region: string;
  /** Where the region came from, said next to it: `--region`, `the ARN`, an assumption. */
  regionSource: string;
  /** Express runs read from CloudWatch Logs: the log level, and what it left out (empty when nothing). */
  logLevel?: LogLevel;
  logGaps?: string[];
}

/** Request counts of the cost review's own API client. */
export interface ApiCallCounts {
  calls: number;
  throttled: number;
  byAction: Record<string, number>;
}

export interface StandardRunCost {
  target: CostTarget;
  prices: PriceTable;
  priceUsdPer1000Transitions: number;
  cost: ExecutionCost;
}

export interface ExpressRun {
  target: CostTarget;
  durationMs: number;
  bill: ExpressBill;
  transitions: number;
  /** Transitions are counted from state events, which the log levels below ALL leave out. */
  transitionsLogged: boolean;
}

export interface ExpressRunsCost {
  runs: ExpressRun[];
  prices: PriceTable;
  memoryMb: number;
  gbSeconds: number;
  /** All runs priced together, through the monthly GB-hour tiers. */
  cost: ExpressCost;
  transitions: number;
  /** What the logs left out, once each over all runs. */
  gaps: string[];
}

/** Drops float noise (0.000224999…) from reported amounts. */
export const dropFloatNoise = (value: number) => Number(value.toPrecision(12));

const count = (value: number) => value.toLocaleString('en-US');

/** Said with every single-execution Standard estimate: the free tier belongs to the account's month. */
export function freeTierNote(prices: PriceTable): string {
  return `The free tier (${count(prices.standard.freeTierTransitionsPerMonth)} transitions a month, account-wide) is not applied to a single execution.`;
}

/** What an Express bill is made of, and what had to be assumed. */
export function expressBillNote(priced: ExpressRunsCost): string {
  const { express } = priced.prices;
  const requests = priced.runs.length === 1 ? '1 request' : `${priced.runs.length} requests`;
  return `Express bills ${requests} plus duration (rounded up to ${express.durationStepMs} ms) × memory (${express.memoryStepMb} MB chunks; ${priced.memoryMb} MB assumed: the logs do not say what AWS billed, set --memory-mb). Transitions are not billed for Express. Rates published for ${express.publishedForRegion}.`;
}

/** One execution at the Standard price of its region; no free tier. */
export function priceStandardRun(target: CostTarget, prices: PriceTable): StandardRunCost {
  const priceUsdPer1000Transitions = standardPriceForRegion(prices, target.region);
  const execution = { executionArn: target.executionArn, name: target.executionArn.split(':').at(-1) ?? '' };
  return {
    target,
    prices,
    priceUsdPer1000Transitions,
    cost: estimateExecutionCost(execution, target.timeline, priceUsdPer1000Transitions),
  };
}

/**
 * Express bills each run one request plus its duration (rounded up) × memory (in chunks); several runs
 * are priced together through the monthly GB-hour tiers. Transitions are shown, not billed.
 */
export function priceExpressRuns(targets: readonly CostTarget[], prices: PriceTable, memoryMb: number): ExpressRunsCost {
  const runs = targets.map((target) => {
    const durationMs = target.timeline.durationMs ?? 0;
    return {
      target,
      durationMs,
      bill: billExpressUsage({ requests: 1, durationMs, memoryMb }, prices.express),
      transitions: target.timeline.transitions.total,
      transitionsLogged: target.logLevel === undefined || target.logLevel === 'ALL',
    };
  });
  const gbSeconds = runs.reduce((sum, run) => sum + run.bill.gbSeconds, 0);
  return {
    runs,
    prices,
    memoryMb,
    gbSeconds,
    cost: priceExpressUsage({ requests: runs.length, gbSeconds }, prices.express),
    transitions: runs.reduce((sum, run) => sum + run.transitions, 0),
    gaps: [...new Set(targets.flatMap((target) => target.logGaps ?? []))],
  };
}

export interface StandardRunJson {
  type: 'STANDARD';
  region: string;
  regionSource: string;
  status: string;
  transitions: number;
  costUsd: number;
  priceUsdPerTransition: number;
  priceUsdPer1000Transitions: number;
  freeTierApplied: false;
  note: string;
  prices: { source: string; asOf: string };
  byState: StateTransitions[];
}

export function toStandardRunJson(priced: StandardRunCost): StandardRunJson {
  const { target, cost, prices, priceUsdPer1000Transitions: price } = priced;
  return {
    type: 'STANDARD',
    region: target.region,
    regionSource: target.regionSource,
    status: cost.status,
    transitions: cost.transitions,
    costUsd: dropFloatNoise(cost.costUsd),
    priceUsdPerTransition: dropFloatNoise(price / 1000),
    priceUsdPer1000Transitions: price,
    freeTierApplied: false,
    note: `${freeTierNote(prices)} Transitions follow the working rule of AWS's pricing page and are an estimate.`,
    prices: { source: prices.source, asOf: prices.asOf },
    byState: cost.states,
  };
}

export interface ExpressRunJson {
  executionArn: string;
  status: string;
  transitions: number;
  durationMs: number;
  billedDurationMs: number;
  gbSeconds: number;
  costUsd: number;
}

export interface ExpressRunsJson {
  type: 'EXPRESS';
  region: string;
  regionSource: string;
  /** One run: its ARN and status; several: `executions` instead. */
  executionArn?: string;
  status?: string;
  transitions: number;
  transitionsBilled: false;
  transitionsComplete: boolean;
  costUsd: number;
  requests: number;
  durationMs: number;
  billedDurationMs: number;
  memoryMb: number;
  billedMemoryMb: number;
  gbSeconds: number;
  requestCostUsd: number;
  durationCostUsd: number;
  note: string;
  logGaps?: string[];
  prices: { source: string; asOf: string };
  executions?: ExpressRunJson[];
}

/** Region and memory are the first run's: a file of log records holds one state machine's runs. */
export function toExpressRunsJson(priced: ExpressRunsCost): ExpressRunsJson {
  const { runs, cost, prices } = priced;
  const [first] = runs;
  if (!first) throw new Error('no Express execution to price');
  const single = runs.length === 1;
  return {
    type: 'EXPRESS',
    region: first.target.region,
    regionSource: first.target.regionSource,
    ...(single ? { executionArn: first.target.executionArn, status: first.target.timeline.status } : {}),
    transitions: priced.transitions,
    transitionsBilled: false,
    transitionsComplete: runs.every((run) => run.transitionsLogged),
    costUsd: dropFloatNoise(cost.costUsd),
    requests: runs.length,
    durationMs: runs.reduce((sum, run) => sum + run.durationMs, 0),
    billedDurationMs: runs.reduce((sum, run) => sum + run.bill.billedDurationMs, 0),
    memoryMb: priced.memoryMb,
    billedMemoryMb: first.bill.billedMemoryMb,
    gbSeconds: dropFloatNoise(priced.gbSeconds),
    requestCostUsd: dropFloatNoise(cost.requestCostUsd),
    durationCostUsd: dropFloatNoise(cost.durationCostUsd),
    note: expressBillNote(priced),
    ...(priced.gaps.length > 0 ? { logGaps: priced.gaps } : {}),
    prices: { source: prices.source, asOf: prices.asOf },
    ...(single
      ? {}
      : {
          executions: runs.map((run) => ({
            executionArn: run.target.executionArn,
            status: run.target.timeline.status,
            transitions: run.transitions,
            durationMs: run.durationMs,
            billedDurationMs: run.bill.billedDurationMs,
            gbSeconds: dropFloatNoise(run.bill.gbSeconds),
            costUsd: dropFloatNoise(priceExpressUsage({ requests: 1, gbSeconds: run.bill.gbSeconds }, prices.express).costUsd),
          })),
        }),
  };
}

export interface StateMachineReviewJson {
  type: StateMachineCostReview['stateMachine']['type'];
  region: string;
  stateMachineArn: string;
  mode: StateMachineCostReview['mode'];
  executions: number;
  historiesRead: number;
  transitions: number;
  transitionsInterval: { low: number; high: number; confidence: number };
  costUsd: number;
  costUsdInterval: { low: number; high: number; confidence: number };
  priceUsdPer1000Transitions: number;
  freeTierApplied: false;
  transitionsBilled?: false;
  requests?: number;
  gbSeconds?: number;
  memoryMb?: number;
  billedMemoryMb?: number;
  averageBilledDurationMs?: number;
  requestCostUsd?: number;
  durationCostUsd?: number;
  logLevel?: LogLevel;
  transitionsAvailable?: boolean;
  /** Null when the log level leaves transitions out. */
  standardWhatIfUsd?: number | null;
  apiCalls: { total: number; throttled: number; byAction: Record<string, number> };
  prices: { source: string; asOf: string };
  byState: StateTransitions[];
}

export function toStateMachineReviewJson(
  stateMachineArn: string,
  review: StateMachineCostReview,
  apiCalls: ApiCallCounts,
): StateMachineReviewJson {
  const express = review.express;
  return {
    type: review.stateMachine.type,
    region: review.region,
    stateMachineArn,
    mode: review.mode,
    executions: review.executionCount,
    historiesRead: review.measuredCount,
    transitions: review.transitions.estimate,
    transitionsInterval: { low: review.transitions.low, high: review.transitions.high, confidence: review.confidence },
    costUsd: dropFloatNoise(review.costUsd.estimate),
    costUsdInterval: { low: dropFloatNoise(review.costUsd.low), high: dropFloatNoise(review.costUsd.high), confidence: review.confidence },
    priceUsdPer1000Transitions: review.priceUsdPer1000Transitions,
    freeTierApplied: false,
    ...(express
      ? {
          transitionsBilled: false,
          requests: express.requests,
          gbSeconds: dropFloatNoise(express.gbSeconds),
          memoryMb: express.memoryMb,
          billedMemoryMb: express.billedMemoryMb,
          averageBilledDurationMs: dropFloatNoise(express.averageBilledDurationMs),
          requestCostUsd: dropFloatNoise(express.requestCostUsd),
          durationCostUsd: dropFloatNoise(express.durationCostUsd),
          logLevel: express.logLevel,
          transitionsAvailable: express.transitionsAvailable,
          standardWhatIfUsd: express.transitionsAvailable ? dropFloatNoise(review.whatIf.standardUsd) : null,
        }
      : {}),
    apiCalls: { total: apiCalls.calls, throttled: apiCalls.throttled, byAction: apiCalls.byAction },
    prices: review.prices,
    byState: review.states,
  };
}
