import type { ExecutionDetail, ExecutionStatus, ExecutionSummary, HistoryEventRecord } from '../domain';

const TERMINAL_EVENT_STATUS: Readonly<Record<string, ExecutionStatus>> = {
  ExecutionSucceeded: 'SUCCEEDED',
  ExecutionFailed: 'FAILED',
  ExecutionTimedOut: 'TIMED_OUT',
  ExecutionAborted: 'ABORTED',
};

/**
 * What DescribeExecution would say of a finished execution, read from its history instead: the
 * listing gives ARN, machine, name, dates and redrive count; ExecutionStarted the input and the
 * version or alias; the closing event the status, output, error and cause. Saves the sync one call
 * per execution (and AWS's DescribeExecution quota). Undefined when the history cannot stand in
 * for it: not closed (a redrive started after the listing), or a payload the history truncated.
 */
export function detailFromHistory(listed: ExecutionSummary, events: readonly HistoryEventRecord[]): ExecutionDetail | undefined {
  const started = events.find((event) => event.type === 'ExecutionStarted')?.executionStartedEventDetails;
  const last = events.at(-1);
  const status = last && Object.hasOwn(TERMINAL_EVENT_STATUS, last.type) ? TERMINAL_EVENT_STATUS[last.type] : undefined;
  if (!started || !last || !status) return undefined;
  if (started.inputDetails?.truncated || last.executionSucceededEventDetails?.outputDetails?.truncated) return undefined;
  const ended = last.executionFailedEventDetails ?? last.executionTimedOutEventDetails ?? last.executionAbortedEventDetails;
  const output = last.executionSucceededEventDetails?.output;
  // A redrive that ended between the listing and this read is in the history, not the listing.
  const redriveCount = events.reduce(
    (count, event) => Math.max(count, event.executionRedrivenEventDetails?.redriveCount ?? 0),
    listed.redriveCount ?? 0,
  );
  return {
    ...listed,
    status,
    ...(redriveCount > 0 && { redriveCount }),
    stoppedAt: listed.stoppedAt ?? last.timestamp,
    ...(started.input !== undefined && { input: started.input }),
    ...(output !== undefined && { output }),
    ...(ended?.error !== undefined && { error: ended.error }),
    ...(ended?.cause !== undefined && { cause: ended.cause }),
    ...(started.stateMachineVersionArn !== undefined && { stateMachineVersionArn: started.stateMachineVersionArn }),
    ...(started.stateMachineAliasArn !== undefined && { stateMachineAliasArn: started.stateMachineAliasArn }),
  };
}
