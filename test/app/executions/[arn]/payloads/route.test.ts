import { beforeAll, describe, expect, it, vi } from 'vitest';
import { callExecutionRoute, describeExecutionCalls, runFinishedExecution } from '../../../../support/app/execution-route';
import { useEmulatorAsDataSource } from '../../../../support/aws/test-emulator';

// Counts the DescribeExecution calls the route makes through the adapter.
vi.mock('@/lib/aws', async (importOriginal) =>
  (await import('../../../../support/app/execution-route')).withCountedDescribeExecution(importOriginal),
);

const { GET } = await import('@/app/executions/[arn]/payloads/route');

const DEFINITION = {
  StartAt: 'Greet',
  States: { Greet: { Type: 'Pass', Parameters: { 'greeting.$': "States.Format('Hello, {}', $.name)" }, End: true } },
};

const payloadsOf = (executionArn: string, query: string) => callExecutionRoute(GET, executionArn, 'payloads', query);

describe('GET /executions/<arn>/payloads', () => {
  const emulator = useEmulatorAsDataSource();
  let executionArn: string;
  let stoppedAtMs: number;

  beforeAll(async () => {
    ({ executionArn, stoppedAtMs } = await runFinishedExecution(emulator().sfn, 'payloads-route', DEFINITION, { name: 'Ada' }));
  }, 30_000);

  it("answers a finished execution's visit, and again for the stop a page names without asking AWS", async () => {
    const first = await payloadsOf(executionArn, 'visit=2');
    expect(first.status).toBe(200);
    expect(first.cacheControl).toContain('immutable');
    expect(JSON.stringify(first.body)).toContain('Hello, Ada');
    const describedAfterFirst = describeExecutionCalls.count;
    expect(describedAfterFirst).toBeGreaterThan(0);

    expect(await payloadsOf(executionArn, `visit=2&stopped=${stoppedAtMs}`)).toEqual(first);
    const missing = await payloadsOf(executionArn, `visit=99&stopped=${stoppedAtMs}`);
    expect(missing).toMatchObject({ status: 404, body: { error: 'This execution has no visit 99 (no state was entered at event 99).' } });
    expect(describeExecutionCalls.count).toBe(describedAfterFirst);

    // Another stop is not the cached one: AWS is asked.
    expect((await payloadsOf(executionArn, `visit=2&stopped=${stoppedAtMs + 1}`)).body).toEqual(first.body);
    expect(describeExecutionCalls.count).toBe(describedAfterFirst + 1);
  });

  it('answers 400 for a stop it cannot read', async () => {
    const garbled = await payloadsOf(executionArn, 'visit=2&stopped=soon');
    expect(garbled).toMatchObject({
      status: 400,
      body: { error: "?stopped= is the time the execution stopped, in epoch milliseconds; got 'soon'." },
    });
  });

  it("answers the execution's own input and output, and again for the cached stop without asking AWS", async () => {
    const input = await payloadsOf(executionArn, 'execution=input');
    expect(input).toMatchObject({ status: 200, body: { text: '{"name":"Ada"}' } });
    expect(input.cacheControl).toContain('immutable');
    const output = await payloadsOf(executionArn, `execution=output&stopped=${stoppedAtMs}`);
    const described = describeExecutionCalls.count;
    expect(JSON.parse((output.body as { text: string }).text)).toEqual({ greeting: 'Hello, Ada' });
    expect(await payloadsOf(executionArn, `execution=input&stopped=${stoppedAtMs}`)).toEqual(input);
    expect(describeExecutionCalls.count).toBe(described);
  });

  it('answers 400 for an execution payload it does not know, naming the two it does', async () => {
    const wrong = await payloadsOf(executionArn, 'execution=parameters');
    expect(wrong).toMatchObject({
      status: 400,
      body: { error: `?execution= names the execution's "input" or "output"; got 'parameters'.` },
    });
  });
});
