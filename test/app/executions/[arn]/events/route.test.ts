import { DescribeExecutionCommand } from '@aws-sdk/client-sfn';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type * as Aws from '@/lib/aws';
import type { HistoryEventsPage } from '@/lib/view-model/history-events-page';
import { createStateMachine, runExecution, useEmulatorAsDataSource } from '../../../../support/aws/test-emulator';

// Counts the DescribeExecution calls the route makes through the adapter.
const calls = vi.hoisted(() => ({ describe: 0 }));
vi.mock('@/lib/aws', async (importOriginal) => {
  const aws = await importOriginal<typeof Aws>();
  const { countedCalls } = await import('../../../../support/counted-calls');
  return { ...aws, describeExecution: countedCalls(aws.describeExecution, () => (calls.describe += 1)) };
});

const { GET } = await import('@/app/executions/[arn]/events/route');

const DEFINITION = { StartAt: 'One', States: { One: { Type: 'Pass', Next: 'Two' }, Two: { Type: 'Pass', End: true } } };

async function eventsOf(executionArn: string, query: string) {
  const response = await GET(new Request(`http://127.0.0.1/executions/${encodeURIComponent(executionArn)}/events?${query}`), {
    params: Promise.resolve({ arn: encodeURIComponent(executionArn) }),
  });
  return { status: response.status, body: (await response.json()) as unknown };
}

describe('GET /executions/<arn>/events', () => {
  const emulator = useEmulatorAsDataSource();
  let executionArn: string;
  let stoppedAtMs: number;

  beforeAll(async () => {
    const { sfn } = emulator();
    const machine = await createStateMachine(sfn, 'events-route', DEFINITION);
    executionArn = await runExecution(sfn, machine, 'two-passes', {});
    const { stopDate } = await sfn.send(new DescribeExecutionCommand({ executionArn }));
    stoppedAtMs = stopDate!.getTime();
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
    const describedAfterFirst = calls.describe;
    expect(describedAfterFirst).toBeGreaterThan(0);

    expect(await eventsOf(executionArn, `page=1&stopped=${stoppedAtMs}`)).toEqual(first);
    const exits = await eventsOf(executionArn, `page=1&type=PassStateExited&stopped=${stoppedAtMs}`);
    expect((exits.body as HistoryEventsPage).rows.map((row) => row.id)).toEqual([3, 5]);
    expect(calls.describe).toBe(describedAfterFirst);
  });

  it('answers 400 for a page or a stop it cannot read', async () => {
    expect(await eventsOf(executionArn, 'page=0')).toMatchObject({ status: 400 });
    expect(await eventsOf(executionArn, `page=1&stopped=later`)).toMatchObject({
      status: 400,
      body: { error: "?stopped= is the time the execution stopped, in epoch milliseconds; got 'later'." },
    });
  });
});
