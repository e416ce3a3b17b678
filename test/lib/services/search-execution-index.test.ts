import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { IndexedExecution } from '@/lib/execution-index/types';
import { getSharedExecutionIndex } from '@/lib/services/execution-index/shared-execution-index';
import { searchExecutionIndex } from '@/lib/services/search-execution-index';
import { fakeAwsClients, type FakeAws } from '../../support/aws-fakes/fake-aws-clients';

// The process's shared index, in memory for this file.
process.env.STATESCOPE_INDEX = ':memory:';

const ORDERS = 'arn:aws:states:us-east-1:123456789012:stateMachine:orders';
const NOW = new Date('2026-12-10T12:00:00Z');
let fake: FakeAws | undefined;
afterEach(() => fake?.restore());

const record = (name: string, status: IndexedExecution['status'], input: unknown): IndexedExecution => {
  const text = JSON.stringify(input);
  return {
    source: 'http://127.0.0.1:4599',
    executionArn: `arn:aws:states:us-east-1:123456789012:execution:orders:${name}`,
    stateMachineArn: ORDERS,
    stateMachineName: 'orders',
    workflowType: 'STANDARD',
    name,
    status,
    startedAt: new Date('2026-12-10T10:00:00Z'),
    redriveCount: 0,
    transitions: 3,
    costUsd: 0,
    visits: [],
    indexedAt: NOW,
    input: { text, bytes: text.length, truncated: false },
  };
};

beforeAll(async () => {
  await getSharedExecutionIndex().putExecutions([
    record('a', 'FAILED', { orderId: 'ORD-1', amount: 120 }),
    record('b', 'SUCCEEDED', { orderId: 'ORD-2', amount: 20 }),
  ]);
});

const listing = () =>
  fakeAwsClients({
    sfn: {
      ListStateMachines: () => ({
        stateMachines: [{ stateMachineArn: ORDERS, name: 'orders', type: 'STANDARD', creationDate: new Date(0) }],
      }),
    },
  });

describe('searchExecutionIndex', () => {
  it('shows only the overview until the URL asks for something', async () => {
    fake = listing();
    expect(await searchExecutionIndex({ q: '', statuses: [] }, NOW)).toMatchObject({ kind: 'idle', stats: { executions: 2 } });
  });

  it('runs the query with machine names resolved and the controls applied', async () => {
    fake = listing();
    const result = await searchExecutionIndex({ q: 'machine:orders $.amount > 100', statuses: ['FAILED'] }, NOW);
    expect(result.kind === 'results' && result.page.hits.map((hit) => hit.execution.name)).toEqual(['a']);
  });

  it('returns the problem of a query the parser or the store refuses, and answers contradictions without the store', async () => {
    fake = listing();
    expect(await searchExecutionIndex({ q: '$.amount >', statuses: [] }, NOW)).toMatchObject({
      kind: 'invalid',
      field: 'q',
      message: expect.stringMatching(/^at column 11/) as unknown,
    });
    expect(await searchExecutionIndex({ q: '', statuses: [], cursor: 'garbage', error: 'x' }, NOW)).toMatchObject({
      kind: 'invalid',
      field: 'q',
    });
    expect(await searchExecutionIndex({ q: 'status:succeeded', statuses: ['FAILED'] }, NOW)).toMatchObject({
      kind: 'results',
      matchesNothing: true,
      page: { total: 0 },
    });
  });
});
