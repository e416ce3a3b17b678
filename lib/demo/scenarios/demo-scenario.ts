export const DEMO_EXPECTED_STATUSES = ['SUCCEEDED', 'FAILED', 'RUNNING', 'ABORTED', 'TIMED_OUT'] as const;
export type DemoExpectedStatus = (typeof DEMO_EXPECTED_STATUSES)[number];

/** One execution the demo starts, and how it is meant to end. */
export interface DemoScenario {
  /** Stable key; the execution is named `<scenario>-1` (`-2`… only when a running one had to be replaced). */
  scenario: string;
  /** Name of the state machine, from `seedWorkflows`. */
  stateMachine: string;
  input: unknown;
  /**
   * The input of its n-th back-dated replay (n from 1), when replays must not share what a handler
   * remembers with each other or with today's run (the inventory outage counts attempts per order id).
   */
  replayInput?: (replay: number) => unknown;
  expectedStatus: DemoExpectedStatus;
  /** For FAILED scenarios: the execution's error. */
  expectedError?: string;
  /** For FAILED scenarios that end in a Fail state: its name. */
  failState?: string;
  /** StopExecution right after starting (the ABORTED scenarios). */
  stop?: { error: string; cause: string };
  /** What a person sees in this execution, for the demo log. */
  summary: string;
}
