/**
 * A query the index cannot run as given (a field path outside the simple JSONPath subset, a limit out
 * of range, a cursor the index never gave out, a value of the wrong kind for its operator). Every
 * store throws it before touching its data; the message says what was wrong and what would work, so
 * the search page and the CLI show it as it is.
 */
export class ExecutionQueryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExecutionQueryError';
  }
}

/** Whether a value is an ExecutionQueryError (also across module copies, by name). */
export function isExecutionQueryError(error: unknown): error is ExecutionQueryError {
  return error instanceof ExecutionQueryError || (error instanceof Error && error.name === 'ExecutionQueryError');
}
