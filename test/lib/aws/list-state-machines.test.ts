import { afterEach, describe, expect, it } from 'vitest';
import { listStateMachines } from '@/lib/aws/list-state-machines';
import { awsError, fakeAwsClients, pagedAnswer, type FakeAws } from '../../support/aws-fakes/fake-aws-clients';

let fake: FakeAws | undefined;
afterEach(() => fake?.restore());

const machine = (name: string, type?: string) => ({
  stateMachineArn: `arn:aws:states:us-east-1:123456789012:stateMachine:${name}`,
  name,
  type,
  creationDate: new Date(1_000),
});

describe('listStateMachines', () => {
  it('reads every page (1,000 at a time) and sorts the machines by name', async () => {
    fake = fakeAwsClients({
      sfn: {
        ListStateMachines: pagedAnswer([
          { stateMachines: [machine('orders'), machine('Billing', 'EXPRESS')] },
          { stateMachines: [machine('audit')] },
        ]),
      },
    });
    const machines = await listStateMachines();
    expect(machines).toEqual([
      { arn: 'arn:aws:states:us-east-1:123456789012:stateMachine:audit', name: 'audit', type: 'STANDARD', createdAt: new Date(1_000) },
      { arn: 'arn:aws:states:us-east-1:123456789012:stateMachine:Billing', name: 'Billing', type: 'EXPRESS', createdAt: new Date(1_000) },
      { arn: 'arn:aws:states:us-east-1:123456789012:stateMachine:orders', name: 'orders', type: 'STANDARD', createdAt: new Date(1_000) },
    ]);
    expect(fake.inputsOf('ListStateMachines')).toEqual([
      { nextToken: undefined, maxResults: 1000 },
      { nextToken: 'page-1', maxResults: 1000 },
    ]);
  });

  it('answers an empty list for an account without machines', async () => {
    fake = fakeAwsClients({ sfn: { ListStateMachines: () => ({}) } });
    expect(await listStateMachines()).toEqual([]);
  });

  it('fills in what an item left out', async () => {
    fake = fakeAwsClients({ sfn: { ListStateMachines: () => ({ stateMachines: [{}] }) } });
    expect(await listStateMachines()).toEqual([{ arn: '', name: '', type: 'STANDARD', createdAt: new Date(0) }]);
  });

  it('maps a failure on any page', async () => {
    fake = fakeAwsClients({
      sfn: {
        ListStateMachines: (input) => {
          if (input.nextToken) throw awsError('UnrecognizedClientException', 'bad token');
          return { stateMachines: [machine('a')], nextToken: 'x' };
        },
      },
    });
    await expect(listStateMachines()).rejects.toMatchObject({ kind: 'access-denied' });
  });
});
