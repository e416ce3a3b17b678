import type { JsonValue } from '../asl/json-value';
import type { StateFailure } from './execution-errors';
import type { InspectionStage, StateFrame } from './runtime';

export type { InspectionStage, StateTestHooks } from './runtime';

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
