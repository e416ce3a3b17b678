import { DescribeExecutionCommand } from '@aws-sdk/client-sfn';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type * as Aws from '@/lib/aws';
import { createStateMachine, runExecution, useEmulatorAsDataSource } from '../../../../support/aws/test-emulator';

// Counts the DescribeExecution calls the route makes through the adapter.
const calls = vi.hoisted(() => ({ describe: 0 }));
vi.mock('@/lib/aws', async (importOriginal) => {
  const aws = await importOriginal<typeof Aws>();
  const { countedCalls } = await import('../../../../support/counted-calls');
  return { ...aws, describeExecution: countedCalls(aws.describeExecution, () => (calls.describe += 1)) };
});

const { GET } = await import('@/app/executions/[arn]/payloads/route');

const DEFINITION = {
  StartAt: 'Greet',
  States: { Greet: { Type: 'Pass', Parameters: { 'greeting.$': "States.Format('Hello, {}', $.name)" }, End: true } },
};

async function payloadsOf(executionArn: string, query: string) {
  const response = await GET(new Request(`http://127.0.0.1/executions/${encodeURIComponent(executionArn)}/payloads?${query}`), {
    params: Promise.resolve({ arn: encodeURIComponent(executionArn) }),
  });
  return { status: response.status, cacheControl: response.headers.get('cache-control'), body: (await response.json()) as unknown };
}

describe('GET /executions/<arn>/payloads', () => {
  const emulator = useEmulatorAsDataSource();
  let executionArn: string;
  let stoppedAtMs: number;

  beforeAll(async () => {
    const { sfn } = emulator();
    const machine = await createStateMachine(sfn, 'payloads-route', DEFINITION);
    executionArn = await runExecution(sfn, machine, 'ada', { name: 'Ada' });
    const { stopDate } = await sfn.send(new DescribeExecutionCommand({ executionArn }));
    stoppedAtMs = stopDate!.getTime();
  }, 30_000);

  it("answers a finished execution's visit, and again for the stop a page names without asking AWS", async () => {
    const first = await payloadsOf(executionArn, 'visit=2');
    expect(first.status).toBe(200);
    expect(first.cacheControl).toContain('immutable');
    expect(JSON.stringify(first.body)).toContain('Hello, Ada');
    const describedAfterFirst = calls.describe;
    expect(describedAfterFirst).toBeGreaterThan(0);

    expect(await payloadsOf(executionArn, `visit=2&stopped=${stoppedAtMs}`)).toEqual(first);
    const missing = await payloadsOf(executionArn, `visit=99&stopped=${stoppedAtMs}`);
    expect(missing).toMatchObject({ status: 404, body: { error: 'This execution has no visit 99 (no state was entered at event 99).' } });
    expect(calls.describe).toBe(describedAfterFirst);

    // Another stop is not the cached one: AWS is asked.
    expect((await payloadsOf(executionArn, `visit=2&stopped=${stoppedAtMs + 1}`)).body).toEqual(first.body);
    expect(calls.describe).toBe(describedAfterFirst + 1);
  });

  it('answers 400 for a stop it cannot read', async () => {
    const garbled = await payloadsOf(executionArn, 'visit=2&stopped=soon');
    expect(garbled).toMatchObject({
      status: 400,
      body: { error: "?stopped= is the time the execution stopped, in epoch milliseconds; got 'soon'." },
    });
  });
});
