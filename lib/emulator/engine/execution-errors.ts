/**
 * A state failed with a Step Functions error. `cause` is the full cause text as AWS writes it (state
 * prefix included where AWS adds one); undefined when AWS leaves the field out (e.g. a Fail state with
 * no Cause). `failedEventId` is the event that records the failure, which the next event points to.
 */
export class StateFailure extends Error {
  constructor(
    readonly error: string | undefined,
    readonly cause: string | undefined,
    /** Cause put in a Catch's error output when it differs from the event's (timeouts: "" vs absent). */
    readonly errorOutputCause?: string,
  ) {
    super(`${error ?? ''}: ${cause ?? ''}`);
    this.name = 'StateFailure';
  }
}

/** Unwinds every running branch once the execution has ended (terminal event written, stop, timeout). */
export class ExecutionHalted extends Error {
  constructor() {
    super('execution halted');
    this.name = 'ExecutionHalted';
  }
}

/** Raised inside a Map/Parallel child when a sibling failed and the parent aborts the rest. */
export class BranchAborted extends Error {
  constructor() {
    super('branch aborted');
    this.name = 'BranchAborted';
  }
}
