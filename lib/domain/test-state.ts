/**
 * TestState as Statescope uses it: one state run by Step Functions itself on a given input, with the
 * integration's result or error mocked, so nothing real is invoked. Plain data, no SDK types.
 * https://docs.aws.amazon.com/step-functions/latest/apireference/API_TestState.html
 */

export const TEST_STATE_STATUSES = ['SUCCEEDED', 'FAILED', 'RETRIABLE', 'CAUGHT_ERROR'] as const;
export type TestStateStatus = (typeof TEST_STATE_STATUSES)[number];

export interface TestStateRequest {
  /** A whole state machine (with `stateName`) or a single state's ASL. */
  definition: string;
  stateName?: string;
  roleArn?: string;
  input: string;
  /** JSON object text: the variables in scope when the state ran. */
  variables?: string;
  /** Only for Task, Map and Parallel states: AWS rejects a mock on any other type. */
  mock?: { result: string } | { errorOutput: { error: string; cause?: string } };
}

/** `inspectionData` at DEBUG level, every member JSON text as AWS sends it. */
export interface TestStateInspection {
  input?: string;
  afterInputPath?: string;
  afterParameters?: string;
  afterArguments?: string;
  afterItemsPath?: string;
  afterItemSelector?: string;
  result?: string;
  afterResultSelector?: string;
  afterResultPath?: string;
  variables?: string;
  errorDetails?: { catchIndex?: number; retryIndex?: number; retryBackoffIntervalSeconds?: number };
}

export interface TestStateResult {
  status: TestStateStatus;
  output?: string;
  error?: string;
  cause?: string;
  nextState?: string;
  inspection: TestStateInspection;
}
