import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { PackedExecutionView } from '@/lib/view-model/pack-execution-view';
import { countPackedVisits } from '@/lib/view-model/withhold-group-visits';
import { callExecutionRoute, describeExecutionCalls, runFinishedExecution } from '../../../../support/app/execution-route';
import { useEmulatorAsDataSource } from '../../../../support/aws/test-emulator';

// Counts the DescribeExecution calls the route makes through the adapter.
vi.mock('@/lib/aws', async (importOriginal) =>
  (await import('../../../../support/app/execution-route')).withCountedDescribeExecution(importOriginal),
);

const { GET } = await import('@/app/executions/[arn]/view/route');

const DEFINITION = {
  StartAt: 'Fan',
  States: {
    Fan: {
      Type: 'Map',
      ItemsPath: '$.items',
      ItemProcessor: { StartAt: 'Work', States: { Work: { Type: 'Pass', End: true } } },
      End: true,
    },
  },
};

const viewOf = (executionArn: string, query = '') => callExecutionRoute(GET, executionArn, 'view', query.replace(/^\?/, ''));

describe('GET /executions/<arn>/view', () => {
  const emulator = useEmulatorAsDataSource();
  let executionArn: string;
  let stoppedAtMs: number;

  beforeAll(async () => {
    ({ executionArn, stoppedAtMs } = await runFinishedExecution(emulator().sfn, 'view-route', DEFINITION, { items: [1, 2, 3] }));
  }, 30_000);

  it('answers the whole view of a finished execution, and again for the stop a page names without asking AWS', async () => {
    const first = await viewOf(executionArn);
    expect(first.status).toBe(200);
    expect(first.cacheControl).toContain('immutable');
    const packed = first.body as PackedExecutionView;
    // The Map, its three iterations' Work visits.
    expect(countPackedVisits(packed.visits)).toBe(4);
    const describedAfterFirst = describeExecutionCalls.count;
    expect(describedAfterFirst).toBeGreaterThan(0);

    const named = await viewOf(executionArn, `?stopped=${stoppedAtMs}`);
    expect(named).toEqual(first);
    expect(describeExecutionCalls.count).toBe(describedAfterFirst);

    // Another stop (a redrive's, say) is not the cached one: AWS is asked.
    const other = await viewOf(executionArn, `?stopped=${stoppedAtMs + 1}`);
    expect(other.body).toEqual(first.body);
    expect(describeExecutionCalls.count).toBe(describedAfterFirst + 1);
  });

  it('answers 404 with the reason for an execution the data source does not have, and 400 for a stop it cannot read', async () => {
    const unknown = await viewOf(executionArn.replace(/:[^:]+$/, ':no-such-execution'), `?stopped=${stoppedAtMs}`);
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ error: expect.stringMatching(/does not exist|not found/i) });
    const garbled = await viewOf(executionArn, '?stopped=yesterday');
    expect(garbled.status).toBe(400);
    expect(garbled.body).toEqual({ error: "?stopped= is the time the execution stopped, in epoch milliseconds; got 'yesterday'." });
  });
});
