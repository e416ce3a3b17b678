import { afterEach, describe, expect, it } from 'vitest';
import { filterLogRecords } from '@/lib/aws/filter-log-records';
import { awsError, fakeAwsClients, pagedAnswer, type FakeAws } from '../../support/aws-fakes/fake-aws-clients';

let fake: FakeAws | undefined;
afterEach(() => fake?.restore());

const record = (id: number, type = 'PassStateEntered') => ({
  message: JSON.stringify({
    id: String(id),
    type,
    details: {},
    event_timestamp: String(1_000 + id),
    execution_arn: 'arn:aws:states:us-east-1:123456789012:express:M:e:u',
  }),
});
const query = {
  logGroupName: '/aws/vendedlogs/states/M',
  filterPattern: '{ $.type = "ExecutionFailed" }',
  startTimeMs: 1_000.7,
  endTimeMs: 2_000.9,
};

describe('filterLogRecords', () => {
  it('reads every page and keeps the Step Functions records, in the order they came', async () => {
    fake = fakeAwsClients({
      logs: { FilterLogEvents: pagedAnswer([{ events: [record(1), record(2)] }, { events: [] }, { events: [record(3)] }]) },
    });
    const records = await filterLogRecords(query);
    expect(records.map((r) => r.id)).toEqual(['1', '2', '3']);
    expect(fake.inputsOf('FilterLogEvents').map((input) => input.nextToken)).toEqual([undefined, 'page-1', 'page-2']);
  });

  it('asks for the group and pattern with whole-millisecond times, the start not before 0', async () => {
    fake = fakeAwsClients({ logs: { FilterLogEvents: () => ({ events: [] }) } });
    await filterLogRecords(query);
    await filterLogRecords({ ...query, startTimeMs: -5_000 });
    expect(fake.inputsOf('FilterLogEvents')).toEqual([
      {
        logGroupName: '/aws/vendedlogs/states/M',
        filterPattern: '{ $.type = "ExecutionFailed" }',
        startTime: 1_000,
        endTime: 2_000,
        nextToken: undefined,
      },
      {
        logGroupName: '/aws/vendedlogs/states/M',
        filterPattern: '{ $.type = "ExecutionFailed" }',
        startTime: 0,
        endTime: 2_000,
        nextToken: undefined,
      },
    ]);
  });

  it('skips messages that are no Step Functions record, and a page without events', async () => {
    fake = fakeAwsClients({
      logs: { FilterLogEvents: pagedAnswer([{ events: [{ message: 'CloudWatch Logs delivery check' }, record(4)] }, {}]) },
    });
    expect((await filterLogRecords(query)).map((r) => r.id)).toEqual(['4']);
  });

  it('maps a failure on a later page like one on the first', async () => {
    let calls = 0;
    fake = fakeAwsClients({
      logs: {
        FilterLogEvents: () => {
          calls += 1;
          if (calls === 2) throw awsError('ThrottlingException');
          return { events: [record(1)], nextToken: 'more' };
        },
      },
    });
    await expect(filterLogRecords(query)).rejects.toMatchObject({ kind: 'throttled' });
  });
});
