import type { JsonObject, JsonValue } from '../asl/json-value';
import type { StateFailure } from './execution-errors';
import type { StateFrame } from './runtime';

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

/** Thrown by StateTestHooks.retry: a retrier would run the state again after `backoffSeconds`. */
export class StateRetriable extends Error {
  constructor(
    readonly failure: StateFailure,
    readonly retryIndex: number,
    readonly backoffSeconds: number,
  ) {
    super(`retriable: ${failure.error ?? ''}`);
    this.name = 'StateRetriable';
  }
}

/** Reports a stage's value to TestState, if this run is one. */
export function inspectStage(frame: StateFrame, stage: InspectionStage, value: JsonValue): void {
  frame.branch.runtime.test?.inspect(stage, value);
}
