import type { LogRecord } from '../history/to-log-execution-event';
import { parseExpressExecutionArn } from './express-arns';
import { readExpressExecutionRecords } from './read-express-execution-records';
import type { ExecutionDetail, ExecutionStatus } from '../domain';

const TERMINAL_STATUS: ReadonlyMap<string, ExecutionStatus> = new Map([
  ['ExecutionSucceeded', 'SUCCEEDED'],
  ['ExecutionFailed', 'FAILED'],
  ['ExecutionAborted', 'ABORTED'],
  ['ExecutionTimedOut', 'TIMED_OUT'],
]);

function text(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * An Express execution as DescribeExecution would give it, from its log records. Without an
 * ExecutionStarted record (level ERROR or FATAL) the start is the first record's time.
 */
export function toExpressExecutionDetail(executionArn: string, stateMachineArn: string, records: readonly LogRecord[]): ExecutionDetail {
  const started = records.find((r) => r.type === 'ExecutionStarted');
  const terminal = records.find((r) => TERMINAL_STATUS.has(r.type));
  const terminalStatus = terminal ? TERMINAL_STATUS.get(terminal.type) : undefined;
  const times = records.map((r) => Number(r.event_timestamp)).filter(Number.isFinite);
  const startMs = started ? Number(started.event_timestamp) : Math.min(...times);
  return {
    arn: executionArn,
    stateMachineArn,
    name: parseExpressExecutionArn(executionArn)?.name ?? executionArn,
    status: terminalStatus ?? 'RUNNING',
    startedAt: new Date(Number.isFinite(startMs) ? startMs : 0),
    ...(terminal ? { stoppedAt: new Date(Number(terminal.event_timestamp)) } : {}),
    ...(started?.details?.input !== undefined ? { input: text(started.details.input) } : {}),
    ...(terminal?.type === 'ExecutionSucceeded' && terminal.details?.output !== undefined ? { output: text(terminal.details.output) } : {}),
    ...(terminal?.details?.error !== undefined ? { error: text(terminal.details.error) } : {}),
    ...(terminal?.details?.cause !== undefined ? { cause: text(terminal.details.cause) } : {}),
  };
}

/** DescribeExecution for an Express execution, which AWS refuses: read from CloudWatch Logs instead. */
export async function describeExpressExecution(executionArn: string): Promise<ExecutionDetail> {
  const { logging, records } = await readExpressExecutionRecords(executionArn);
  return toExpressExecutionDetail(executionArn, logging.stateMachineArn, records);
}
