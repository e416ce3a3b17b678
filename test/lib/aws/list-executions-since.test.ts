import { afterEach, describe, expect, it } from 'vitest';
import { listExecutionsSince } from '@/lib/aws/list-executions-since';
import { fakeAwsClients, pagedAnswer, type FakeAws } from '../../support/aws-fakes/fake-aws-clients';

let fake: FakeAws | undefined;
afterEach(() => fake?.restore());

const MACHINE = 'arn:aws:states:us-east-1:123456789012:stateMachine:M';
const execution = (name: string, startMs: number) => ({
  executionArn: `arn:aws:states:us-east-1:123456789012:execution:M:${name}`,
  name,
  status: 'SUCCEEDED',
  startDate: new Date(startMs),
});

describe('listExecutionsSince', () => {
  it('reads newest-first pages until one goes past the start, keeping only executions at or after it', async () => {
    fake = fakeAwsClients({
      sfn: {
        ListExecutions: pagedAnswer([
          { executions: [execution('e5', 5_000), execution('e4', 4_000)] },
          { executions: [execution('e3', 3_000), execution('e2', 2_000)] },
          { executions: [execution('e1', 1_000)] },
        ]),
      },
    });
    const result = await listExecutionsSince({ stateMachineArn: MACHINE, since: new Date(3_000), maxPages: 10, pageSize: 2 });
    expect(result.executions.map((e) => e.name)).toEqual(['e5', 'e4', 'e3']);
    expect(result).toMatchObject({ capped: false, pagesRead: 2 });
    expect(fake.inputsOf('ListExecutions').map((input) => input.maxResults)).toEqual([2, 2]);
  });

  it('says it was capped when maxPages ran out before the start was reached', async () => {
    fake = fakeAwsClients({
      sfn: { ListExecutions: pagedAnswer([{ executions: [execution('e5', 5_000)] }, { executions: [execution('e4', 4_000)] }]) },
    });
    expect(await listExecutionsSince({ stateMachineArn: MACHINE, since: new Date(0), maxPages: 1, pageSize: 1 })).toMatchObject({
      executions: [expect.objectContaining({ name: 'e5' })],
      capped: true,
      pagesRead: 1,
    });
  });

  it('is not capped when the pages simply ended', async () => {
    fake = fakeAwsClients({ sfn: { ListExecutions: () => ({ executions: [execution('e1', 1_000)] }) } });
    expect(await listExecutionsSince({ stateMachineArn: MACHINE, since: new Date(0), maxPages: 1, pageSize: 5 })).toMatchObject({
      capped: false,
      pagesRead: 1,
    });
  });
});
