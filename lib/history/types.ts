import type { EventCategory, EventPhase, HistoryEventType, StateType } from './history-event-types';
import type { HistoryExecutionStatus } from '../domain';

/**
 * A data field (state input or output, task parameters, assigned variable value) as AWS sends it:
 * JSON text, kept unparsed so reading a 25,000-event history costs little; `parsePayload` reads it.
 */
export interface Payload {
  text: string;
  /** AWS's `*Details.truncated` flag: true only in CloudWatch Logs when the data was cut at 248 KiB. */
  truncated: boolean;
}

/**
 * The fields of any `*EventDetails` member, normalised to AWS's wire shape: data fields are JSON text
 * (visits wrap them in Payloads; events stay as light as possible, 25,000 of them per history).
 */
export interface EventDetails {
  name?: string;
  input?: string;
  /** `inputDetails.truncated` / `outputDetails.truncated`, present only when true. */
  inputTruncated?: true;
  output?: string;
  outputTruncated?: true;
  parameters?: string;
  error?: string;
  cause?: string;
  resource?: string;
  resourceType?: string;
  region?: string;
  index?: number;
  length?: number;
  mapRunArn?: string;
  redriveCount?: number;
  assignedVariables?: Record<string, string>;
  assignedVariablesTruncated?: true;
  location?: string;
  state?: string;
  timeoutInSeconds?: number;
  heartbeatInSeconds?: number;
  workerName?: string;
  roleArn?: string;
  stateMachineAliasArn?: string;
  stateMachineVersionArn?: string;
  /** The details member as received, for fields this model does not name. */
  raw: Readonly<Record<string, unknown>>;
}

/**
 * One history event from any source (SDK, AWS CLI JSON, CloudWatch Logs record). `type` is `'Unknown'`
 * for a type this build does not know; `rawType` always holds what the source said.
 */
export interface ExecutionEvent {
  id: number;
  /**
   * 0 when the source says there is none (ExecutionStarted, and the first state:
   * docs/aws-behaviour.md#execution-history-events).
   */
  previousEventId: number;
  type: HistoryEventType | 'Unknown';
  rawType: string;
  /** null when the source has no usable time (masked recordings). */
  timestamp: Date | null;
  details: EventDetails;
  phase: EventPhase;
  category: EventCategory;
}

export const VISIT_STATUSES = ['succeeded', 'failed', 'caught', 'running', 'aborted', 'timed_out'] as const;
export type VisitStatus = (typeof VISIT_STATUSES)[number];

/** What a timeline can end in: the domain's statuses less PENDING_REDRIVE, which has no history event. */
export type ExecutionStatus = HistoryExecutionStatus;

export const ATTEMPT_KINDS = ['task', 'lambda', 'activity', 'map', 'parallel'] as const;
export type AttemptKind = (typeof ATTEMPT_KINDS)[number];

/**
 * One try of a Task (scheduled → started → outcome), or one run of a Map or Parallel state; a retry
 * starts a new attempt inside the same visit.
 */
export interface Attempt {
  number: number;
  kind: AttemptKind;
  firstEventId: number;
  lastEventId: number;
  status: VisitStatus;
  resource?: string;
  resourceType?: string;
  region?: string;
  /** Task parameters, or the input of a Lambda function or activity. */
  parameters?: Payload;
  output?: Payload;
  error?: string;
  cause?: string;
  workerName?: string;
  timeoutInSeconds?: number;
  heartbeatInSeconds?: number;
  scheduledAt: Date | null;
  startedAt: Date | null;
  endedAt: Date | null;
  durationMs: number | null;
  /** Time between the end of the previous attempt and this one's start: the retry back-off. */
  backoffMs: number | null;
  /** Map runs: the item count from MapStateStarted. */
  length?: number;
}

export interface CaughtBy {
  error: string | null;
  cause: string | null;
  /** The state the Catch routed to, when its Entered event is in the history. */
  next: string | null;
  nextEnteredEventId: number | null;
}

export interface EvaluationFailure {
  eventId: number;
  error?: string;
  cause?: string;
  location?: string;
}

/** A Distributed Map run named by `MapRun*` events; its iterations are child executions elsewhere. */
export interface MapRun {
  mapRunArn: string | null;
  status: 'running' | 'succeeded' | 'failed' | 'aborted';
  error?: string;
  cause?: string;
  startedEventId: number;
  redriveCount: number;
}

export const VISIT_GROUP_KINDS = ['MapIteration', 'ParallelBranch'] as const;
export type VisitGroupKind = (typeof VISIT_GROUP_KINDS)[number];

/** A Map iteration or a Parallel branch: the visits that ran inside one child path of a state. */
export interface VisitGroup {
  kind: VisitGroupKind;
  /** Iteration index (from the events), or branch number in order of first event. */
  index: number;
  /** Which run of the owning state (1 unless the Map or Parallel state was retried). */
  run: number;
  name: string;
  status: VisitStatus;
  firstEventId: number;
  lastEventId: number;
  startedAt: Date | null;
  endedAt: Date | null;
  durationMs: number | null;
  visits: StateVisit[];
}

/** One entry into a state, from its `*StateEntered` event to what ended it. Derived from events. */
export interface StateVisit {
  name: string;
  type: StateType;
  enteredEventId: number;
  exitedEventId: number | null;
  status: VisitStatus;
  startedAt: Date | null;
  endedAt: Date | null;
  durationMs: number | null;
  input?: Payload;
  output?: Payload;
  attempts: Attempt[];
  error: string | null;
  cause: string | null;
  caughtBy: CaughtBy | null;
  assignedVariables?: Record<string, Payload>;
  evaluationFailures: EvaluationFailure[];
  mapRuns: MapRun[];
  /** 0 for the first run of the execution, n after the n-th ExecutionRedriven. */
  redriveAttempt: number;
  /**
   * Billable transitions of this visit alone (children not included),
   * docs/aws-behaviour.md#pricing-for-standard-workflows.
   */
  billableTransitions: number;
  eventIds: number[];
  children: VisitGroup[];
}

export interface RootCause {
  state: string | null;
  enteredEventId: number | null;
  error: string | null;
  cause: string | null;
  /** The cause as JSON when it is JSON, such as a Lambda error's `errorMessage`/`stackTrace`. */
  causeJson?: unknown;
  errorMessage?: string;
  errorType?: string;
  stackTrace?: string[];
}

export interface CaughtError {
  state: string;
  enteredEventId: number;
  error: string | null;
  cause: string | null;
  next: string | null;
}

export interface FailStateReached {
  name: string;
  enteredEventId: number;
  error: string | null;
  cause: string | null;
}

/** The error a Catch handled on the way to the Fail state that ended the execution (find-cause-chain.ts). */
export interface CaughtCause {
  /** The state that raised the error: inside a Map or Parallel, the innermost one that failed. */
  state: string;
  enteredEventId: number;
  /** The state whose Catch handled the error, when that is not `state` (a Map or Parallel around it). */
  caughtIn: string | null;
  error: string | null;
  cause: string | null;
  errorMessage?: string;
  errorType?: string;
}

/** Why an execution that ended in a Fail state got there: the Fail state's own error is often fixed text. */
export interface CauseChain {
  failState: string;
  failStateEnteredEventId: number;
  /** The nearest caught error on the failure path before the Fail state. */
  caught: CaughtCause | null;
  /** Without a caught error: a reason field of the Fail state's input that its cause does not already say. */
  inputReason: { field: string; text: string } | null;
}

export interface FailureAnalysis {
  /** Visits from the start to the state that failed the execution, following previousEventId links. */
  failurePath: StateVisit[];
  rootCause: RootCause | null;
  caught: CaughtError[];
  failStates: FailStateReached[];
  /** Set when the execution failed in a Fail state. */
  causeChain: CauseChain | null;
}

export interface TransitionCount {
  total: number;
  byState: Record<string, number>;
  redrives: number;
}

export const PARTIAL_REASONS = ['not-terminal', 'history-limit', 'missing-events', 'damaged-input'] as const;
export type PartialReason = (typeof PARTIAL_REASONS)[number];

export interface ExecutionTimeline {
  status: ExecutionStatus;
  startDate: Date | null;
  stopDate: Date | null;
  durationMs: number | null;
  input?: Payload;
  output?: Payload;
  error: string | null;
  cause: string | null;
  /** The canonical data: every event, deduplicated and in id order. */
  events: ExecutionEvent[];
  visits: StateVisit[];
  failure: FailureAnalysis;
  transitions: TransitionCount;
  redriveCount: number;
  unknownEvents: ExecutionEvent[];
  /** State events whose visit could not be found through the previousEventId chain. */
  unplacedEvents: ExecutionEvent[];
  partial: boolean;
  partialReasons: PartialReason[];
  warnings: string[];
}
