/** A Step Functions runtime error: `error` is the States.* (or custom) name, `causeText` the cause AWS writes
 *  AFTER the state prefix (the engine adds "An error occurred while executing the state 'X' (entered at the
 *  event id #N). " where AWS does). `location` is the field name for EvaluationFailed events (JSONata). */
export class StatesError extends Error {
  constructor(
    readonly error: string,
    readonly causeText: string,
    readonly location?: string,
  ) {
    super(`${error}: ${causeText}`);
    this.name = 'StatesError';
  }
}
