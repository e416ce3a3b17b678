import type { ExecutionStatus, VisitGroupKind } from '@/lib/history/types';
import type { GroupOutcomeCount } from '@/lib/view-model/count-group-outcomes';

/**
 * How a state visit ended, for comparing two executions: a visit's status, except that one which
 * succeeded only after a retry is `retried`, and a state one side never entered is `not visited`.
 */
export const COMPARE_OUTCOMES = ['succeeded', 'retried', 'caught', 'failed', 'timed_out', 'aborted', 'running', 'not-visited'] as const;
export type CompareOutcome = (typeof COMPARE_OUTCOMES)[number];

/** A data field as one side saw it: JSON text, and whether AWS cut it (CloudWatch Logs, 248 KiB). */
export interface ComparePayload {
  text: string;
  truncated: boolean;
}

/** One side's visit of an aligned state. */
export interface CompareSide {
  /** The visit's id in its own execution (its entered event id). */
  visitId: number;
  outcome: CompareOutcome;
  /** The state run next in the same scope (the Catch's target for a caught error); null at the end. */
  next: string | null;
  durationMs: number | null;
  /** Attempts after the first (a Task's retries, a Map or Parallel run again as a whole). */
  retries: number;
  error: string | null;
  input?: ComparePayload;
  output?: ComparePayload;
}

/** A Map's iterations or a Parallel's branches on each side, compared by index. */
export interface CompareGroups {
  kind: VisitGroupKind;
  a: GroupOutcomeCount | null;
  b: GroupOutcomeCount | null;
  /** Indexes (first MAX_LISTED_GROUPS) whose outcome differs or that only one side ran. */
  differing: number[];
  differingCount: number;
}

/**
 * One state visit aligned across both executions: the n-th visit of a state in one scope (a Map
 * iteration by index, a Parallel branch by number) on each side.
 */
export interface ComparedState {
  /** Unique in the comparison: scope + name + occurrence. */
  key: string;
  name: string;
  /** Where it ran, for people: '' at the top level, `ProcessItems[3]` in iteration 3, `Fanout/branch 2`. */
  scope: string;
  /** 1 for the first visit of this state in its scope, 2 for the second (a loop)… */
  occurrence: number;
  /** The graph node (lib/graph scope path `Map/Inner`). */
  nodeId: string;
  /** 0 at the top level, 1 inside a Map iteration or Parallel branch… */
  depth: number;
  a: CompareSide | null;
  b: CompareSide | null;
  outcomeDiffers: boolean;
  nextDiffers: boolean;
  /** Both sides have an input and it differs (whitespace aside). */
  inputDiffers: boolean;
  outputDiffers: boolean;
  groups?: CompareGroups;
}

/** Where the two executions first went different ways, or first saw different data. */
export interface Divergence {
  key: string;
  state: string;
  scope: string;
  a: { outcome: CompareOutcome; next: string | null; error: string | null };
  b: { outcome: CompareOutcome; next: string | null; error: string | null };
  /** Either input was truncated by AWS: a difference may hide in the cut part. */
  truncated: boolean;
}

/** The execution-level facts shown next to each other. */
export interface CompareExecutionSummary {
  status: ExecutionStatus;
  startMs: number | null;
  durationMs: number | null;
  visits: number;
  partial: boolean;
}

export interface ExecutionComparison {
  a: CompareExecutionSummary;
  b: CompareExecutionSummary;
  /** In the order they ran: A's order, with states only B ran placed after B's previous state. */
  states: ComparedState[];
  /** The first state whose outcome or next state differs; null when the paths are the same. */
  firstDivergence: Divergence | null;
  /** The first state both ran whose input differs. */
  firstInputDifference: Divergence | null;
  /** States (graph node ids, `Map/Inner`) only one side ever entered, in the order first entered. */
  onlyA: string[];
  onlyB: string[];
  /** Graph node ids each side visited, in the order first entered. */
  nodesA: string[];
  nodesB: string[];
}
