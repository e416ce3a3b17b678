import { afterEach, describe, expect, it } from 'vitest';
import { getExpressExecutionHistory, toExpressHistoryEvents } from '@/lib/aws/get-express-execution-history';
import type { LogRecord } from '@/lib/history/to-log-execution-event';
import { fakeAwsClients, type FakeAws } from '../../support/aws-fakes/fake-aws-clients';

const ARN = 'arn:aws:states:us-east-1:123456789012:express:history-machine:run:u1';

describe('toExpressHistoryEvents', () => {
  it('rebuilds each record as the API’s history event, in the records’ order', () => {
    const records: LogRecord[] = [
      { id: '1', type: 'ExecutionStarted', previous_event_id: '0', event_timestamp: '1000', details: { input: '{}', roleArn: 'r' } },
      { id: '2', type: 'PassStateEntered', previous_event_id: '1', event_timestamp: '1001', details: { name: 'P' } },
      { id: '4', type: 'ExecutionSucceeded', previous_event_id: '3', event_timestamp: '1003', details: {} },
    ];
    expect(toExpressHistoryEvents(ARN, records)).toEqual([
      {
        id: 1,
        previousEventId: 0,
        type: 'ExecutionStarted',
        timestamp: new Date(1000),
        executionStartedEventDetails: { input: '{}', roleArn: 'r' },
      },
      { id: 2, previousEventId: 1, type: 'PassStateEntered', timestamp: new Date(1001), stateEnteredEventDetails: { name: 'P' } },
      { id: 4, previousEventId: 3, type: 'ExecutionSucceeded', timestamp: new Date(1003) },
    ]);
  });

  it('gives a record with a masked timestamp the epoch', () => {
    const [event] = toExpressHistoryEvents(ARN, [{ id: '1', type: 'ExecutionStarted', event_timestamp: 'timestamp' }]);
    expect(event?.timestamp).toEqual(new Date(0));
  });

  it('names the execution and the record’s position when a record is broken', () => {
    expect(() =>
      toExpressHistoryEvents(ARN, [
        { id: '1', type: 'A', event_timestamp: '1' },
        { id: 'x', type: 'B', event_timestamp: '2' },
      ]),
    ).toThrow(/id/);
  });
});

describe('getExpressExecutionHistory', () => {
  let fake: FakeAws | undefined;
  afterEach(() => fake?.restore());

  it('reads the execution’s records from its log group and rebuilds them, oldest first', async () => {
    const now = Date.now();
    const record = (id: number, type: string) =>
      JSON.stringify({
        id: String(id),
        type,
        details: {},
        previous_event_id: String(id - 1),
        event_timestamp: String(now - 20 * 60_000 + id),
        execution_arn: ARN,
      });
    fake = fakeAwsClients({
      sfn: {
        DescribeStateMachine: () => ({
          stateMachineArn: 'arn:aws:states:us-east-1:123456789012:stateMachine:history-machine',
          type: 'EXPRESS',
          loggingConfiguration: {
            level: 'ALL',
            includeExecutionData: true,
            destinations: [{ cloudWatchLogsLogGroup: { logGroupArn: 'arn:aws:logs:us-east-1:123456789012:log-group:g:*' } }],
          },
        }),
      },
      logs: {
        FilterLogEvents: () => ({
          events: [
            { message: record(2, 'PassStateEntered') },
            { message: record(1, 'ExecutionStarted') },
            { message: record(3, 'ExecutionSucceeded') },
          ],
        }),
      },
    });
    const events = await getExpressExecutionHistory(ARN);
    expect(events.map((event) => [event.id, event.type])).toEqual([
      [1, 'ExecutionStarted'],
      [2, 'PassStateEntered'],
      [3, 'ExecutionSucceeded'],
    ]);
  });
});
