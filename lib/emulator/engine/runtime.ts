import type { JsonObject, JsonValue } from '../asl/json-value';
import type { HistoryWriter } from './history-writer';
import type { StateRedrive, ThreadResume } from './redrive/redrive-plan';
import type { StateFailure } from './execution-errors';
import type { RunExecutionOptions } from './types';

export type QueryLanguage = 'JSONPath' | 'JSONata';

/** A StartAt/States block: the top-level machine, a Parallel branch or a Map ItemProcessor. */
export interface MachineNode {
  StartAt: string;
  States: Record<string, JsonObject>;
  ProcessorConfig?: JsonValue;
}

/** What every state of one execution shares. */
export interface ExecutionRuntime {
  options: RunExecutionOptions;
  writer: HistoryWriter;
  /** The execution input as parsed JSON ($$.Execution.Input). */
  executionInput: JsonValue;
  /** The definition's top-level QueryLanguage (default JSONPath). */
  queryLanguage: QueryLanguage;
  /** Aborted when the execution ends for any reason: waits and tasks stop at once. */
  halt: AbortSignal;
  /** Set only when the TestState API runs one state (mocks, inspection data, retries decided at once). */
  test?: StateTestHooks;
}

/**
 * One line of events: the execution itself, a Parallel branch or a Map iteration. `last` is the id of
 * the event the next event of this line points to with previousEventId.
 */
export interface Thread {
  last: number;
}

/** Where a state runs: its line of events, its variable scope and its Map item (if any). */
export interface BranchContext {
  runtime: ExecutionRuntime;
  thread: Thread;
  /** Workflow variables visible here; Map/Parallel children get a copy so assignments stay inside. */
  variables: Record<string, JsonValue>;
  mapItem?: { Index: number; Value: JsonValue };
  /** True inside a Parallel branch or Map iteration (AWS then writes TaskStateAborted on failure). */
  isChild: boolean;
  /** Aborted when a sibling branch/iteration failed and the parent gives up on this one. */
  abort: AbortSignal;
  /** Set by a redrive: the line starts at its first unsuccessful state instead of StartAt (taken once). */
  resume?: ThreadResume;
}

/** The state being run, as the per-type handlers see it. */
export interface StateFrame {
  name: string;
  state: JsonObject;
  type: string;
  queryLanguage: QueryLanguage;
  enteredEventId: number;
  /** previousEventId of the *StateEntered event (EvaluationFailed points there). */
  enteredPreviousEventId: number;
  enteredTime: string;
  retryCount: number;
  branch: BranchContext;
  /** Set on a Map or Parallel state rerun by a redrive: its recorded iterations or branches. */
  redrive?: StateRedrive;
}

/** What a state handler returns when the state completes normally. */
export interface StateOutcome {
  output: JsonValue;
  /** Next state name; undefined with `end` true ends the branch. */
  next?: string;
  end: boolean;
  /** Variables assigned by this state (written to *StateExited as JSON strings). */
  assigned?: Record<string, JsonValue>;
  /** False for states that write no *StateExited (none today; Fail throws instead). */
  writeExited?: boolean;
}

/** The data-processing stages TestState reports in `inspectionData`, named as the API names them. */
export type InspectionStage =
  'afterInputPath' | 'afterParameters' | 'afterArguments' | 'result' | 'afterResultSelector' | 'afterResultPath' | 'afterItemsPath';

/**
 * What the TestState API plugs into a run of one state (lib/emulator/test-state/). Executions leave it
 * unset; every hook then costs one property read.
 */
export interface StateTestHooks {
  /** Sees the value each data-processing stage produced. */
  inspect(stage: InspectionStage, value: JsonValue): void;
  /** Replaces one attempt of a Task's resource or a Parallel's branches (mocked result or error); undefined runs it. */
  mockedAttempt(frame: StateFrame): (() => Promise<JsonValue>) | undefined;
  /**
   * Decides a matched retrier without waiting: throws StateRetriable when it has attempts left (AWS
   * answers RETRIABLE), returns when it is exhausted (the failure stands).
   */
  retry(frame: StateFrame, failure: StateFailure, retrierIndex: number, retrier: JsonObject): void;
  /** The `$$` object the state sees, given the one an execution would build. */
  context(built: JsonObject): JsonObject;
}
