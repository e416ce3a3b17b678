import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { IndexedExecution } from '@/lib/execution-index/types';
import { getSharedExecutionIndex } from '@/lib/services/execution-index/shared-execution-index';
import { readFailureGroups } from '@/lib/services/read-failure-groups';
import { fakeAwsClients, type FakeAws } from '../../support/aws-fakes/fake-aws-clients';

// The process's shared index, in memory for this file.
process.env.STATESCOPE_INDEX = ':memory:';

const ORDERS = 'arn:aws:states:us-east-1:123456789012:stateMachine:orders';
const NOW = new Date('2026-12-10T12:00:00Z');
let fake: FakeAws | undefined;
afterEach(() => fake?.restore());

const failed = (name: string, hoursAgo: number): IndexedExecution => ({
  source: 'http://127.0.0.1:4599',
  executionArn: `arn:aws:states:us-east-1:123456789012:execution:orders:${name}`,
  stateMachineArn: ORDERS,
  stateMachineName: 'orders',
  workflowType: 'STANDARD',
  name,
  status: 'FAILED',
  startedAt: new Date(NOW.getTime() - hoursAgo * 3_600_000),
  redriveCount: 0,
  failingState: 'Declined',
  error: 'PaymentFailed',
  normalizedCause: 'card declined for <id>',
  rootCause: { state: 'VerifyPayment', error: 'PaymentFailed' },
  transitions: 3,
  costUsd: 0,
  visits: [],
  indexedAt: NOW,
});

beforeAll(async () => {
  await getSharedExecutionIndex().putExecutions([failed('a', 1), failed('b', 30)]);
});

describe('readFailureGroups', () => {
  it('groups the window the URL names, with the window it used', async () => {
    fake = fakeAwsClients({ sfn: { ListStateMachines: () => ({ stateMachines: [] }) } });
    const day = await readFailureGroups({ window: '24h' }, NOW);
    expect(day).toMatchObject({ kind: 'groups', window: { from: new Date('2026-12-09T12:00:00Z'), to: NOW } });
    expect(day.kind === 'groups' && day.groups.map((group) => [group.state, group.count])).toEqual([['VerifyPayment', 1]]);
    const week = await readFailureGroups({ window: '7d' }, NOW);
    expect(week.kind === 'groups' && week.groups[0]?.count).toBe(2);
  });

  it('returns a window it cannot read as a problem', async () => {
    fake = fakeAwsClients({ sfn: { ListStateMachines: () => ({ stateMachines: [] }) } });
    expect(await readFailureGroups({ window: 'custom' }, NOW)).toMatchObject({
      kind: 'invalid',
      message: 'a custom window needs a start (from)',
    });
  });
});
