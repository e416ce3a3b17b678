import { describe, expect, it } from 'vitest';
import { toExpressExecutionSummaries } from '@/lib/aws/list-express-executions';
import type { LogRecord } from '@/lib/history/to-log-execution-event';

const ACCOUNT = 'arn:aws:states:us-east-1:123456789012';
const record = (executionArn: string, type: string, at: number): LogRecord => ({
  id: type === 'ExecutionStarted' ? '1' : '9',
  type,
  event_timestamp: String(at),
  execution_arn: executionArn,
});

describe('toExpressExecutionSummaries', () => {
  it('lists only the executions of the asked state machine when several log to one group', () => {
    const ours = `${ACCOUNT}:express:orders:run-1:aaaa`;
    const theirs = `${ACCOUNT}:express:invoices:run-2:bbbb`;
    const summaries = toExpressExecutionSummaries(`${ACCOUNT}:stateMachine:orders`, [
      record(ours, 'ExecutionStarted', 1_000),
      record(theirs, 'ExecutionStarted', 1_100),
      record(ours, 'ExecutionFailed', 1_500),
      record(theirs, 'ExecutionSucceeded', 1_600),
    ]);
    expect(summaries).toEqual([
      {
        arn: ours,
        stateMachineArn: `${ACCOUNT}:stateMachine:orders`,
        name: 'run-1',
        status: 'FAILED',
        startedAt: new Date(1_000),
        stoppedAt: new Date(1_500),
      },
    ]);
  });

  it('matches executions to a version-qualified state machine ARN', () => {
    const ours = `${ACCOUNT}:express:orders:run-1:aaaa`;
    const summaries = toExpressExecutionSummaries(`${ACCOUNT}:stateMachine:orders:3`, [record(ours, 'ExecutionStarted', 1_000)]);
    expect(summaries.map((s) => [s.name, s.status])).toEqual([['run-1', 'RUNNING']]);
  });
});
