import { afterEach, describe, expect, it } from 'vitest';
import { describeExpressExecution, toExpressExecutionDetail } from '@/lib/aws/describe-express-execution';
import type { LogRecord } from '@/lib/history/to-log-execution-event';
import { fakeAwsClients, type FakeAws } from '../../support/aws-fakes/fake-aws-clients';

const MACHINE = 'arn:aws:states:us-east-1:123456789012:stateMachine:M';
const ARN = 'arn:aws:states:us-east-1:123456789012:express:M:run-7:uuid';
const rec = (id: number, type: string, at: number, details?: Record<string, unknown>): LogRecord => ({
  id: String(id),
  type,
  event_timestamp: String(at),
  execution_arn: ARN,
  ...(details ? { details } : {}),
});

describe('toExpressExecutionDetail', () => {
  it('describes a succeeded execution from its start and end records', () => {
    const detail = toExpressExecutionDetail(ARN, MACHINE, [
      rec(1, 'ExecutionStarted', 1_000, { input: '{"N":2}' }),
      rec(2, 'PassStateEntered', 1_100),
      rec(3, 'ExecutionSucceeded', 1_500, { output: '{"even":true}' }),
    ]);
    expect(detail).toEqual({
      arn: ARN,
      stateMachineArn: MACHINE,
      name: 'run-7',
      status: 'SUCCEEDED',
      startedAt: new Date(1_000),
      stoppedAt: new Date(1_500),
      input: '{"N":2}',
      output: '{"even":true}',
    });
  });

  it.each([
    ['ExecutionFailed', 'FAILED'],
    ['ExecutionAborted', 'ABORTED'],
    ['ExecutionTimedOut', 'TIMED_OUT'],
  ])('reads %s as %s with its error and cause, and no output', (type, status) => {
    const detail = toExpressExecutionDetail(ARN, MACHINE, [
      rec(1, 'ExecutionStarted', 1_000),
      rec(5, type, 2_000, { error: 'E', cause: 'C', output: 'ignored' }),
    ]);
    expect(detail).toMatchObject({ status, stoppedAt: new Date(2_000), error: 'E', cause: 'C' });
    expect(detail).not.toHaveProperty('output');
  });

  it('is RUNNING without a terminal record', () => {
    const detail = toExpressExecutionDetail(ARN, MACHINE, [rec(1, 'ExecutionStarted', 1_000)]);
    expect(detail.status).toBe('RUNNING');
    expect(detail).not.toHaveProperty('stoppedAt');
  });

  it('takes the first record’s time as the start when ExecutionStarted was not logged (level ERROR or FATAL)', () => {
    const detail = toExpressExecutionDetail(ARN, MACHINE, [
      rec(6, 'TaskFailed', 1_700),
      rec(5, 'FailStateEntered', 1_600),
      rec(7, 'ExecutionFailed', 1_800),
    ]);
    expect(detail.startedAt).toEqual(new Date(1_600));
    expect(detail).not.toHaveProperty('input');
  });

  it('starts at the epoch when there are no records', () => {
    expect(toExpressExecutionDetail(ARN, MACHINE, [])).toEqual({
      arn: ARN,
      stateMachineArn: MACHINE,
      name: 'run-7',
      status: 'RUNNING',
      startedAt: new Date(0),
    });
  });

  it('writes data that is not text as JSON', () => {
    const detail = toExpressExecutionDetail(ARN, MACHINE, [
      rec(1, 'ExecutionStarted', 1, { input: { N: 2 } }),
      rec(2, 'ExecutionFailed', 2, { error: 'E', cause: { reason: 'x' } }),
    ]);
    expect(detail).toMatchObject({ input: '{"N":2}', cause: '{"reason":"x"}' });
  });

  it('uses the whole ARN as the name when it is no Express execution ARN', () => {
    expect(toExpressExecutionDetail('not-an-arn', MACHINE, []).name).toBe('not-an-arn');
  });
});

describe('describeExpressExecution', () => {
  let fake: FakeAws | undefined;
  afterEach(() => fake?.restore());

  it('reads the records from the state machine’s log group', async () => {
    const now = Date.now();
    const arn = 'arn:aws:states:us-east-1:123456789012:express:describe-express:run:u';
    const message = (id: number, type: string, at: number) => ({
      message: JSON.stringify({ id: String(id), type, event_timestamp: String(at), execution_arn: arn, details: {} }),
    });
    fake = fakeAwsClients({
      sfn: {
        DescribeStateMachine: () => ({
          stateMachineArn: 'arn:aws:states:us-east-1:123456789012:stateMachine:describe-express',
          type: 'EXPRESS',
          loggingConfiguration: {
            level: 'ALL',
            destinations: [{ cloudWatchLogsLogGroup: { logGroupArn: 'arn:aws:logs:us-east-1:123456789012:log-group:g:*' } }],
          },
        }),
      },
      logs: {
        FilterLogEvents: () => ({
          events: [message(1, 'ExecutionStarted', now - 30 * 60_000), message(2, 'ExecutionSucceeded', now - 30 * 60_000 + 50)],
        }),
      },
    });
    expect(await describeExpressExecution(arn)).toMatchObject({
      arn,
      stateMachineArn: 'arn:aws:states:us-east-1:123456789012:stateMachine:describe-express',
      name: 'run',
      status: 'SUCCEEDED',
      startedAt: new Date(now - 30 * 60_000),
    });
    expect(fake.inputsOf('FilterLogEvents')[0]).toMatchObject({ logGroupName: 'g', filterPattern: `{ $.execution_arn = "${arn}" }` });
  });
});
