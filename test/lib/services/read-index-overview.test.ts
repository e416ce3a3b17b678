import { afterEach, describe, expect, it } from 'vitest';
import { SqliteExecutionIndexStore } from '@/lib/execution-index/sqlite/sqlite-execution-index-store';
import { readIndexOverview } from '@/lib/services/read-index-overview';
import { awsError, FAKE_ENDPOINT, fakeAwsClients, type FakeAws } from '../../support/aws-fakes/fake-aws-clients';

const ORDERS = 'arn:aws:states:us-east-1:123456789012:stateMachine:orders';
const BILLING = 'arn:aws:states:us-east-1:123456789012:stateMachine:billing';
let fake: FakeAws | undefined;
afterEach(() => fake?.restore());

describe('readIndexOverview', () => {
  it('gives the stats, the listed machines and the latest sync of any of them', async () => {
    const store = new SqliteExecutionIndexStore(':memory:');
    await store.putSyncCursor({ source: FAKE_ENDPOINT, stateMachineArn: ORDERS, updatedAt: new Date('2026-12-01T10:00:00Z') });
    await store.putSyncCursor({ source: FAKE_ENDPOINT, stateMachineArn: BILLING, updatedAt: new Date('2026-12-02T10:00:00Z') });
    await store.putSyncCursor({ source: 'elsewhere', stateMachineArn: ORDERS, updatedAt: new Date('2026-12-09T10:00:00Z') });
    fake = fakeAwsClients({
      sfn: {
        ListStateMachines: () => ({
          stateMachines: [
            { stateMachineArn: ORDERS, name: 'orders', type: 'STANDARD', creationDate: new Date(0) },
            { stateMachineArn: BILLING, name: 'billing', type: 'STANDARD', creationDate: new Date(0) },
          ],
        }),
      },
    });
    expect(await readIndexOverview(store)).toEqual({
      stats: { executions: 0, histories: 0 },
      machines: [
        { name: 'billing', arn: BILLING },
        { name: 'orders', arn: ORDERS },
      ],
      lastSyncedAt: new Date('2026-12-02T10:00:00Z'),
    });
    await store.close();
  });

  it('still answers when the data source cannot list its machines', async () => {
    const store = new SqliteExecutionIndexStore(':memory:');
    fake = fakeAwsClients({
      sfn: {
        ListStateMachines: () => {
          throw awsError('AccessDeniedException');
        },
      },
    });
    expect(await readIndexOverview(store)).toEqual({ stats: { executions: 0, histories: 0 }, machines: [] });
    await store.close();
  });
});
