import { beforeAll, describe, expect, it, vi } from 'vitest';
import type * as Aws from '@/lib/aws';
import type * as ParseHistoryDocument from '@/lib/history/parse-history-document';
import { createStateMachine, runExecution, useEmulatorAsDataSource } from '../../support/aws/test-emulator';

// Counts the history reads (whole or a page at a time) the route makes through the adapter.
const history = vi.hoisted(() => ({ reads: 0 }));
vi.mock('@/lib/aws', async (importOriginal) => {
  const aws = await importOriginal<typeof Aws>();
  const { countedCalls } = await import('../../support/counted-calls');
  const read = () => (history.reads += 1);
  return {
    ...aws,
    getExecutionHistory: countedCalls(aws.getExecutionHistory, read),
    getExecutionHistoryPage: countedCalls(aws.getExecutionHistoryPage, read),
  };
});

// Counts the parses of a history into events.
const parses = vi.hoisted(() => ({ count: 0 }));
vi.mock('@/lib/history/parse-history-document', async (importOriginal) => {
  const original = await importOriginal<typeof ParseHistoryDocument>();
  const { countedCalls } = await import('../../support/counted-calls');
  return { ...original, parseHistoryDocument: countedCalls(original.parseHistoryDocument, () => (parses.count += 1)) };
});

const { GET } = await import('@/app/lambda-logs/route');

const DEFINITION = {
  StartAt: 'VerifyPayment',
  States: { VerifyPayment: { Type: 'Task', Resource: 'arn:aws:lambda:us-east-1:123456789012:function:VerifyPaymentFunction', End: true } },
};
const ORDER = { orderId: 'ORD-7', items: [{ sku: 'LAMP', quantity: 1, unitPrice: 20 }], payment: { amount: 20, cardLast4: '0002' } };

async function logsOf(executionArn: string, visit: number) {
  const search = new URLSearchParams({ execution: executionArn, visit: String(visit) });
  const response = await GET(new Request(`http://127.0.0.1/lambda-logs?${search}`));
  return { status: response.status, body: (await response.json()) as { kind: string; lines?: { message: string }[] } };
}

describe('GET /lambda-logs', () => {
  const emulator = useEmulatorAsDataSource();
  let executionArn: string;

  beforeAll(async () => {
    const { sfn } = emulator();
    const machine = await createStateMachine(sfn, 'lambda-logs-route', DEFINITION);
    executionArn = await runExecution(sfn, machine, 'declined-once', ORDER);
  }, 30_000);

  it("answers the Task visit's invocation lines, reading and parsing a finished execution's history once for all its visits", async () => {
    const first = await logsOf(executionArn, 2);
    expect(first.status).toBe(200);
    expect(first.body.kind).toBe('lines');
    expect(first.body.lines?.[0]?.message).toMatch(/^START RequestId: /);
    expect(first.body.lines?.some((line) => line.message.includes('Verifying payment for order ORD-7'))).toBe(true);
    const readsAfterFirst = history.reads;
    expect(readsAfterFirst).toBeGreaterThan(0);
    const parsesAfterFirst = parses.count;
    expect(parsesAfterFirst).toBe(1);

    // Again, and for a visit that is no Lambda task: the history the first request kept answers both.
    expect((await logsOf(executionArn, 2)).body.kind).toBe('lines');
    const none = await logsOf(executionArn, 1);
    expect(none.body).toMatchObject({ kind: 'unavailable', message: expect.stringMatching(/did not invoke a Lambda function/) });
    expect(history.reads).toBe(readsAfterFirst);
    expect(parses.count).toBe(parsesAfterFirst);
  });

  it('answers 404 with the reason for an execution the data source does not have, and 400 for a bad request', async () => {
    const unknown = await logsOf(executionArn.replace(/:[^:]+$/, ':no-such-execution'), 2);
    expect(unknown.status).toBe(404);
    expect(unknown.body.kind).toBe('unavailable');
    expect((await logsOf('not-an-arn', 2)).status).toBe(400);
  });
});
