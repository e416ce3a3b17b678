import type { DemoExpectedStatus } from './scenarios/demo-scenario';

/** An execution the demo started, as its log names it, with the status its scenario ends in. */
export interface ExpectedEnding {
  label: string;
  executionArn: string;
  expectedStatus: DemoExpectedStatus;
}

/**
 * A warning line for each execution that ended otherwise than its scenario says; one still running
 * (or never seen) is not judged here.
 */
export function unexpectedEndings(expected: readonly ExpectedEnding[], statuses: ReadonlyMap<string, string>): string[] {
  return expected.flatMap(({ label, executionArn, expectedStatus }) => {
    const status = statuses.get(executionArn);
    if (status === undefined || status === 'RUNNING' || status === expectedStatus) return [];
    return [`warning: ${label} ended ${status}, expected ${expectedStatus}`];
  });
}
