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

  it("sends a long event's details as a preview on the page, and whole for ?event=, for the stop without asking AWS", async () => {
    const input = { items: Array.from({ length: 300 }, (_, index) => ({ index, note: `item ${index}` })) };
    const run = await runFinishedExecution(emulator().sfn, 'events-route-long', DEFINITION, input);
    const page = (await eventsOf(run.executionArn, `page=1&stopped=${run.stoppedAtMs}`)).body as HistoryEventsPage;
    const started = page.rows[0]!;
    expect(started.details).toHaveLength(2_000);
    expect(started.detailsChars).toBeGreaterThan(10_000);
    const described = describeExecutionCalls.count;

    const whole = await eventsOf(run.executionArn, `event=1&stopped=${run.stoppedAtMs}`);
    expect(whole.status).toBe(200);
    const details = (whole.body as { id: number; details: string }).details;
    expect(details).toHaveLength(started.detailsChars);
    expect(details.startsWith(started.details!)).toBe(true);
    expect(details).toContain('"note": "item 299"');
    expect(describeExecutionCalls.count).toBe(described);
  });

  it('answers 404 for an event the history does not have, and 400 for an event id it cannot read', async () => {
    expect(await eventsOf(executionArn, `event=99&stopped=${stoppedAtMs}`)).toMatchObject({
      status: 404,
      body: { error: "This execution's history has no event 99 (it has 6 events)." },
    });
    expect(await eventsOf(executionArn, 'event=first')).toMatchObject({
      status: 400,
      body: { error: '"first" is not an event id (a whole number from 1).' },
    });
    const hostile = await eventsOf(executionArn, `event=${'9'.repeat(5_000)}`);
    expect(hostile.status).toBe(400);
    expect((hostile.body as { error: string }).error.length).toBeLessThan(120);
  });

  it('answers 400 for a page or a stop it cannot read', async () => {
    expect(await eventsOf(executionArn, 'page=0')).toMatchObject({ status: 400 });
    expect(await eventsOf(executionArn, `page=1&stopped=later`)).toMatchObject({
      status: 400,
      body: { error: "?stopped= is the time the execution stopped, in epoch milliseconds; got 'later'." },
    });
  });
});
