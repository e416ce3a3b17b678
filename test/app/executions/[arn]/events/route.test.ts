import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { HistoryEventsPage } from '@/lib/view-model/history-events-page';
import { callExecutionRoute, describeExecutionCalls, runFinishedExecution } from '../../../../support/app/execution-route';
import { useEmulatorAsDataSource } from '../../../../support/aws/test-emulator';

// Counts the DescribeExecution calls the route makes through the adapter.
vi.mock('@/lib/aws', async (importOriginal) =>
  (await import('../../../../support/app/execution-route')).withCountedDescribeExecution(importOriginal),
);

const { GET } = await import('@/app/executions/[arn]/events/route');

const DEFINITION = { StartAt: 'One', States: { One: { Type: 'Pass', Next: 'Two' }, Two: { Type: 'Pass', End: true } } };

const eventsOf = (executionArn: string, query: string) => callExecutionRoute(GET, executionArn, 'events', query);

describe('GET /executions/<arn>/events', () => {
  const emulator = useEmulatorAsDataSource();
  let executionArn: string;
  let stoppedAtMs: number;

  beforeAll(async () => {
    ({ executionArn, stoppedAtMs } = await runFinishedExecution(emulator().sfn, 'events-route', DEFINITION, {}));
  }, 30_000);

  it("answers a page of a finished execution's events, and again for the stop a page names without asking AWS", async () => {
    const first = await eventsOf(executionArn, 'page=1');
    expect(first.status).toBe(200);
    const page = first.body as HistoryEventsPage;
    // ExecutionStarted, One and Two entered and exited, ExecutionSucceeded; each state's events linked to its visit.
    expect(page.rows.map((row) => row.type)).toEqual([
      'ExecutionStarted',
      'PassStateEntered',
      'PassStateExited',
      'PassStateEntered',
      'PassStateExited',
      'ExecutionSucceeded',
    ]);
    expect(page.visits.length).toBeGreaterThan(0);
    const describedAfterFirst = describeExecutionCalls.count;
    expect(describedAfterFirst).toBeGreaterThan(0);

    expect(await eventsOf(executionArn, `page=1&stopped=${stoppedAtMs}`)).toEqual(first);
    const exits = await eventsOf(executionArn, `page=1&type=PassStateExited&stopped=${stoppedAtMs}`);
    expect((exits.body as HistoryEventsPage).rows.map((row) => row.id)).toEqual([3, 5]);
    expect(describeExecutionCalls.count).toBe(describedAfterFirst);
  });

  it('answers 400 for a page or a stop it cannot read', async () => {
    expect(await eventsOf(executionArn, 'page=0')).toMatchObject({ status: 400 });
    expect(await eventsOf(executionArn, `page=1&stopped=later`)).toMatchObject({
      status: 400,
      body: { error: "?stopped= is the time the execution stopped, in epoch milliseconds; got 'later'." },
    });
  });
});
