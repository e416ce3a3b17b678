import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DataSourceError } from '@/lib/aws/errors';
import { EXPRESS_MAX_SPAN_MS, loggingOffError, readExpressExecutionRecords } from '@/lib/aws/read-express-execution-records';
import { fakeAwsClients, type FakeAnswer, type FakeAws } from '../../support/aws-fakes/fake-aws-clients';

const NOW = Date.UTC(2025, 0, 15, 12, 0, 0);
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

let fake: FakeAws | undefined;
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});
afterEach(() => {
  fake?.restore();
  vi.useRealTimers();
});

// The module keeps logging settings and finished executions in memory: every test uses its own machine.
let machineCount = 0;
function newExecution() {
  machineCount += 1;
  const machine = `records-machine-${machineCount}`;
  return {
    stateMachineArn: `arn:aws:states:us-east-1:123456789012:stateMachine:${machine}`,
    executionArn: `arn:aws:states:us-east-1:123456789012:express:${machine}:run:uuid`,
  };
}

const LOGGING_ALL = {
  type: 'EXPRESS',
  loggingConfiguration: {
    level: 'ALL',
    includeExecutionData: true,
    destinations: [{ cloudWatchLogsLogGroup: { logGroupArn: 'arn:aws:logs:us-east-1:123456789012:log-group:/aws/vendedlogs/g:*' } }],
  },
};

const message = (executionArn: string, id: number, type: string, at: number) => ({
  message: JSON.stringify({
    id: String(id),
    type,
    details: {},
    previous_event_id: String(id - 1),
    event_timestamp: String(at),
    execution_arn: executionArn,
  }),
});

/** FilterLogEvents over `events`, honouring startTime and endTime as CloudWatch Logs does. */
function logGroupHolding(events: Array<{ message: string }>): FakeAnswer {
  return (input) => ({
    events: events.filter((event) => {
      const at = Number((JSON.parse(event.message) as { event_timestamp: string }).event_timestamp);
      return at >= Number(input.startTime) && at <= Number(input.endTime);
    }),
  });
}

const windows = (f: FakeAws) => f.inputsOf('FilterLogEvents').map((input) => [input.startTime, input.endTime]);

describe('readExpressExecutionRecords', () => {
  it('finds a finished execution in the newest window and reads it once, records by id without repeats', async () => {
    const { executionArn } = newExecution();
    const at = NOW - 30 * MINUTE;
    fake = fakeAwsClients({
      sfn: { DescribeStateMachine: () => LOGGING_ALL },
      logs: {
        FilterLogEvents: logGroupHolding([
          message(executionArn, 2, 'PassStateEntered', at + 1),
          message(executionArn, 1, 'ExecutionStarted', at),
          message(executionArn, 2, 'PassStateEntered', at + 1),
          message(executionArn, 3, 'ExecutionSucceeded', at + 2),
        ]),
      },
    });
    const result = await readExpressExecutionRecords(executionArn);
    expect(result.records.map((r) => r.id)).toEqual(['1', '2', '3']);
    expect(result.logging).toMatchObject({ level: 'ALL', logGroupName: '/aws/vendedlogs/g' });
    expect(windows(fake)).toEqual([[NOW - HOUR, NOW + MINUTE]]);
    expect(fake.inputsOf('FilterLogEvents')[0]).toMatchObject({
      logGroupName: '/aws/vendedlogs/g',
      filterPattern: `{ $.execution_arn = "${executionArn}" }`,
    });
  });

  it('reads again around the first record when it lies too near the start of the window that found it', async () => {
    const { executionArn } = newExecution();
    const at = NOW - HOUR + 2 * MINUTE;
    fake = fakeAwsClients({
      sfn: { DescribeStateMachine: () => LOGGING_ALL },
      logs: {
        FilterLogEvents: logGroupHolding([
          message(executionArn, 1, 'ExecutionStarted', at),
          message(executionArn, 2, 'ExecutionSucceeded', at + 10),
        ]),
      },
    });
    await readExpressExecutionRecords(executionArn);
    expect(windows(fake)).toEqual([
      [NOW - HOUR, NOW + MINUTE],
      [at - EXPRESS_MAX_SPAN_MS, at + EXPRESS_MAX_SPAN_MS],
    ]);
  });

  it('goes back window by window (1 h, 24 h, 7 days, 30 days), each ending where the previous began', async () => {
    const { executionArn } = newExecution();
    const at = NOW - 3 * 24 * HOUR;
    fake = fakeAwsClients({
      sfn: { DescribeStateMachine: () => LOGGING_ALL },
      logs: {
        FilterLogEvents: logGroupHolding([
          message(executionArn, 1, 'ExecutionStarted', at),
          message(executionArn, 2, 'ExecutionFailed', at + 5),
        ]),
      },
    });
    const result = await readExpressExecutionRecords(executionArn);
    expect(result.records.map((r) => r.type)).toEqual(['ExecutionStarted', 'ExecutionFailed']);
    expect(windows(fake)).toEqual([
      [NOW - HOUR, NOW + MINUTE],
      [NOW - 24 * HOUR, NOW - HOUR],
      [NOW - 7 * 24 * HOUR, NOW - 24 * HOUR],
    ]);
  });

  it('reads again around the records when they lie too near the end of an older window', async () => {
    const { executionArn } = newExecution();
    const at = NOW - HOUR - 2 * MINUTE;
    fake = fakeAwsClients({
      sfn: { DescribeStateMachine: () => LOGGING_ALL },
      logs: { FilterLogEvents: logGroupHolding([message(executionArn, 1, 'ExecutionStarted', at)]) },
    });
    await readExpressExecutionRecords(executionArn);
    expect(windows(fake)).toEqual([
      [NOW - HOUR, NOW + MINUTE],
      [NOW - 24 * HOUR, NOW - HOUR],
      [at - EXPRESS_MAX_SPAN_MS, at + EXPRESS_MAX_SPAN_MS],
    ]);
  });

  it('reads only around startedAt when it is given', async () => {
    const { executionArn } = newExecution();
    const startedAt = new Date(NOW - 10 * 24 * HOUR);
    fake = fakeAwsClients({ sfn: { DescribeStateMachine: () => LOGGING_ALL }, logs: { FilterLogEvents: () => ({ events: [] }) } });
    expect((await readExpressExecutionRecords(executionArn, startedAt)).records).toEqual([]);
    expect(windows(fake)).toEqual([[startedAt.getTime() - EXPRESS_MAX_SPAN_MS, startedAt.getTime() + EXPRESS_MAX_SPAN_MS]]);
  });

  it('says so, after the four windows, when no record of the execution is found in 30 days', async () => {
    const { executionArn } = newExecution();
    fake = fakeAwsClients({ sfn: { DescribeStateMachine: () => LOGGING_ALL }, logs: { FilterLogEvents: () => ({ events: [] }) } });
    const error = await readExpressExecutionRecords(executionArn).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DataSourceError);
    expect(error).toMatchObject({
      kind: 'not-found',
      message: `No CloudWatch Logs records of ${executionArn} in log group /aws/vendedlogs/g in the last 30 days.`,
      hint: 'Check the ARN; if the level is ERROR or FATAL, a successful execution writes nothing.',
    });
    expect(windows(fake)).toHaveLength(4);
    expect(windows(fake)[3]).toEqual([NOW - 30 * 24 * HOUR, NOW - 7 * 24 * HOUR]);
  });

  it('refuses what is no Express execution ARN without calling anything', async () => {
    fake = fakeAwsClients({});
    const arn = 'arn:aws:states:us-east-1:123456789012:execution:M:e';
    await expect(readExpressExecutionRecords(arn)).rejects.toMatchObject({
      kind: 'invalid-input',
      message: `${arn} is not an Express execution ARN.`,
    });
    expect(fake.calls).toEqual([]);
  });

  it.each([
    ['logging is OFF', { type: 'EXPRESS', loggingConfiguration: { level: 'OFF' } }],
    ['there is no destination', { type: 'EXPRESS', loggingConfiguration: { level: 'ALL' } }],
  ])('refuses to read when %s', async (_what, answer) => {
    const { executionArn, stateMachineArn } = newExecution();
    fake = fakeAwsClients({ sfn: { DescribeStateMachine: () => answer } });
    await expect(readExpressExecutionRecords(executionArn)).rejects.toMatchObject({
      kind: 'invalid-input',
      message: `${stateMachineArn} is an Express state machine without CloudWatch Logs logging, so its executions cannot be read: Express workflows keep no history in Step Functions.`,
    });
    expect(fake.inputsOf('FilterLogEvents')).toEqual([]);
  });

  it('keeps a finished execution’s records: a second read calls nothing', async () => {
    const { executionArn } = newExecution();
    fake = fakeAwsClients({
      sfn: { DescribeStateMachine: () => LOGGING_ALL },
      logs: {
        FilterLogEvents: logGroupHolding([
          message(executionArn, 1, 'ExecutionStarted', NOW - 20 * MINUTE),
          message(executionArn, 2, 'ExecutionTimedOut', NOW - 19 * MINUTE),
        ]),
      },
    });
    const first = await readExpressExecutionRecords(executionArn);
    const callsAfterFirst = fake.calls.length;
    expect(await readExpressExecutionRecords(executionArn)).toBe(first);
    expect(fake.calls).toHaveLength(callsAfterFirst);
  });

  it('reads a running execution again, but reuses its machine’s logging settings for 15 s', async () => {
    const { executionArn } = newExecution();
    fake = fakeAwsClients({
      sfn: { DescribeStateMachine: () => LOGGING_ALL },
      logs: { FilterLogEvents: logGroupHolding([message(executionArn, 1, 'ExecutionStarted', NOW - 20 * MINUTE)]) },
    });
    await readExpressExecutionRecords(executionArn);
    await readExpressExecutionRecords(executionArn);
    expect(fake.inputsOf('FilterLogEvents')).toHaveLength(2);
    expect(fake.inputsOf('DescribeStateMachine')).toHaveLength(1);
    vi.setSystemTime(NOW + 15_000);
    await readExpressExecutionRecords(executionArn);
    expect(fake.inputsOf('DescribeStateMachine')).toHaveLength(2);
  });

  it('does not keep a failed DescribeStateMachine: the next read asks again', async () => {
    const { executionArn } = newExecution();
    let calls = 0;
    fake = fakeAwsClients({
      sfn: {
        DescribeStateMachine: () => {
          calls += 1;
          if (calls === 1) throw Object.assign(new Error('slow down'), { name: 'ThrottlingException' });
          return LOGGING_ALL;
        },
      },
      logs: { FilterLogEvents: logGroupHolding([message(executionArn, 1, 'ExecutionStarted', NOW - 20 * MINUTE)]) },
    });
    await expect(readExpressExecutionRecords(executionArn)).rejects.toMatchObject({ kind: 'throttled' });
    expect((await readExpressExecutionRecords(executionArn)).records).toHaveLength(1);
    expect(calls).toBe(2);
  });
});

describe('loggingOffError', () => {
  it('says what cannot be done and how to turn logging on', () => {
    const error = loggingOffError('arn:aws:states:us-east-1:123456789012:stateMachine:M', 'its executions cannot be listed');
    expect(error).toMatchObject({
      kind: 'invalid-input',
      message:
        'arn:aws:states:us-east-1:123456789012:stateMachine:M is an Express state machine without CloudWatch Logs logging, so its executions cannot be listed: Express workflows keep no history in Step Functions.',
      hint: 'Turn logging on (UpdateStateMachine with loggingConfiguration level ALL, includeExecutionData true and a log group destination); executions started afterwards can be read here.',
    });
  });
});
