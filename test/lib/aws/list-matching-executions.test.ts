import { afterEach, describe, expect, it } from 'vitest';
import { listMatchingExecutions } from '@/lib/aws/list-matching-executions';
import { fakeAwsClients, pagedAnswer, type FakeAws } from '../../support/aws-fakes/fake-aws-clients';

let fake: FakeAws | undefined;
afterEach(() => fake?.restore());

const MACHINE = 'arn:aws:states:us-east-1:123456789012:stateMachine:M';
const execution = (name: string, startMs: number) => ({
  executionArn: `arn:aws:states:us-east-1:123456789012:execution:M:${name}`,
  name,
  status: 'FAILED',
  startDate: new Date(startMs),
});
const PAGES = [
  { executions: [execution('order-9', 9_000), execution('refund-8', 8_000)] },
  { executions: [execution('refund-7', 7_000), execution('order-6', 6_000)] },
  { executions: [execution('order-5', 5_000)] },
];

describe('listMatchingExecutions', () => {
  it('without a name or time filter reads exactly one page and hands its token back', async () => {
    fake = fakeAwsClients({ sfn: { ListExecutions: pagedAnswer(PAGES) } });
    const scan = await listMatchingExecutions({ stateMachineArn: MACHINE, statusFilter: 'FAILED', maxResults: 2, filter: {}, maxPages: 5 });
    expect(scan.executions.map((e) => e.name)).toEqual(['order-9', 'refund-8']);
    expect(scan).toMatchObject({ nextToken: 'page-1', pagesRead: 1 });
    expect(fake.inputsOf('ListExecutions')).toEqual([
      { stateMachineArn: MACHINE, statusFilter: 'FAILED', nextToken: undefined, maxResults: 2 },
    ]);
  });

  it('with a name filter reads on until a screen’s worth matched', async () => {
    fake = fakeAwsClients({ sfn: { ListExecutions: pagedAnswer(PAGES) } });
    const scan = await listMatchingExecutions({ stateMachineArn: MACHINE, maxResults: 2, filter: { nameContains: 'ORDER' }, maxPages: 5 });
    expect(scan.executions.map((e) => e.name)).toEqual(['order-9', 'order-6']);
    expect(scan).toMatchObject({ nextToken: 'page-2', pagesRead: 2, stoppedBy: 'enough' });
  });

  it('with a filter stops at maxPages, and continues from the token it was given', async () => {
    fake = fakeAwsClients({ sfn: { ListExecutions: pagedAnswer(PAGES) } });
    const scan = await listMatchingExecutions({
      stateMachineArn: MACHINE,
      maxResults: 5,
      filter: { nameContains: 'refund' },
      maxPages: 1,
      nextToken: 'page-1',
    });
    expect(scan.executions.map((e) => e.name)).toEqual(['refund-7']);
    expect(scan).toMatchObject({ nextToken: 'page-2', stoppedBy: 'page-cap' });
  });

  it('stops at the first execution older than startedFrom and keeps those before startedTo only', async () => {
    fake = fakeAwsClients({ sfn: { ListExecutions: pagedAnswer(PAGES) } });
    const scan = await listMatchingExecutions({
      stateMachineArn: MACHINE,
      maxResults: 10,
      filter: { startedFrom: new Date(6_000), startedTo: new Date(9_000) },
      maxPages: 5,
    });
    expect(scan.executions.map((e) => e.name)).toEqual(['refund-8', 'refund-7', 'order-6']);
    expect(scan.stoppedBy).toBe('past-start');
    expect(scan.nextToken).toBeUndefined();
  });
});
