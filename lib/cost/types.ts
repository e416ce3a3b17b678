import type { StateType } from '../history/history-event-types';
import type { LogLevel } from '../history/log-levels';

/**
 * Why a transition happened, so the page can say where a bill comes from. A visit's entry counts once
 * under the first source that applies, in this order: redrive, map-iteration, parallel-branch, loop,
 * first-pass; a Task's repeated attempts count under retry.
 */
export const TRANSITION_SOURCES = ['first-pass', 'loop', 'retry', 'map-iteration', 'parallel-branch', 'redrive'] as const;
export type TransitionSource = (typeof TRANSITION_SOURCES)[number];

/** Where one state's transitions came from, in one execution or summed over many. */
export interface StateTransitions {
  state: string;
  /** null for the `ExecutionRedriven` pseudo-row, which belongs to no state. */
  type: StateType | null;
  visits: number;
  transitions: number;
  bySource: Record<TransitionSource, number>;
}

/** Standard or Express: the domain's state machine type, which decides how a workflow is billed. */
export type { StateMachineType as WorkflowType } from '../domain';

/** One execution's transitions and what they cost at list (or configured) Standard prices. */
export interface ExecutionCost {
  executionArn: string;
  name: string;
  status: string;
  startedAt: Date | null;
  stoppedAt: Date | null;
  durationMs: number | null;
  transitions: number;
  /** Standard price, no free tier: the free tier belongs to the account's month, not to one run. */
  costUsd: number;
  states: StateTransitions[];
  /** Express only: what the run is billed for; its `costUsd` is then requests plus GB-seconds. */
  express?: ExpressExecutionBill;
}

/** What one Express execution is billed for: a request and its duration × memory, not its transitions. */
export interface ExpressExecutionBill {
  /** Duration rounded up to 100 ms; 0 while it runs (no stop record yet). */
  billedDurationMs: number;
  billedMemoryMb: number;
  gbSeconds: number;
  /** False when its log records were not read (outside the sample, or the log level leaves out state events): `transitions` is then 0 and unknown. */
  transitionsRead: boolean;
}

/** A point estimate with its interval; low === high === estimate when every history was read. */
export interface Interval {
  estimate: number;
  low: number;
  high: number;
}

/** What an Express review adds to a state machine review: requests, GB-seconds and what the log level hides. */
export interface ExpressReviewDetails {
  requests: number;
  /** Runs with no terminal record yet: their request is counted, their duration not. */
  running: number;
  /** The memory assumed per run (logs do not carry billed memory), and as billed in 64 MB chunks. */
  memoryMb: number;
  billedMemoryMb: number;
  gbSeconds: number;
  requestCostUsd: number;
  durationCostUsd: number;
  averageBilledDurationMs: number;
  logLevel: LogLevel;
  includeExecutionData: boolean;
  /** State events, hence transitions and the Standard what-if, are logged at level ALL only. */
  transitionsAvailable: boolean;
  /** At ERROR or FATAL successful runs write nothing and the start is the first logged record. */
  countIsLowerBound: boolean;
  priceUsdPerMillionRequests: number;
  /** How far back the log group was listed: older runs are not in the review. */
  listedDays: number;
  /** Express rates were published for this region only. */
  pricesRegion: string;
}
