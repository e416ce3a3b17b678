import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CostSfnCaller } from '@/lib/aws/cost-sfn-caller';
import { DataSourceError } from '@/lib/aws/errors';
import type { ExecutionStatus, ExecutionSummary, HistoryEventRecord } from '@/lib/domain';
import { SqliteExecutionIndexStore } from '@/lib/execution-index/sqlite/sqlite-execution-index-store';
import { CountingHistoryCache } from '@/lib/services/execution-index/counting-history-cache';
import { readFailureSummaries } from '@/lib/services/read-failure-summaries';

const reads = vi.hoisted(() => ({
  getExecutionHistoryWithoutData: vi.fn<(caller: unknown, executionArn: string) => Promise<HistoryEventRecord[]>>(),
}));
vi.mock('@/lib/aws/get-execution-history-without-data', () => reads);

const closed: string[] = [];
const withData = vi.fn<(executionArn: string) => Promise<HistoryEventRecord[]>>();
const callerFor = (region: string): CostSfnCaller => ({
  region,
  stats: { calls: 0, throttled: 0, throttledSurfaced: 0, byAction: {} },
  send: () => Promise.reject(new Error('the history read is faked')),
  endpoint: async () => 'http://127.0.0.1:8083',
  close: () => closed.push(region),
});

const execution = (name: string, status: ExecutionStatus = 'FAILED', region = 'us-east-1'): ExecutionSummary => ({
  arn: `arn:aws:states:${region}:123456789012:execution:orders:${name}`,
  stateMachineArn: `arn:aws:states:${region}:123456789012:stateMachine:orders`,
  name,
  status,
  startedAt: new Date('2026-11-30T10:00:00Z'),
});

const at = new Date('2026-11-30T10:00:00Z');
/** A caught Lambda error into a Fail state, as GetExecutionHistory without execution data returns it. */
const declinedHistory = (message: string): HistoryEventRecord[] => [
  { id: 1, previousEventId: 0, type: 'ExecutionStarted', timestamp: at, executionStartedEventDetails: { roleArn: 'r' } },
  { id: 2, previousEventId: 0, type: 'TaskStateEntered', timestamp: at, stateEnteredEventDetails: { name: 'VerifyPayment' } },
  {
    id: 3,
    previousEventId: 2,
    type: 'LambdaFunctionFailed',
    timestamp: at,
    lambdaFunctionFailedEventDetails: { error: 'PaymentVerificationFailed', cause: JSON.stringify({ errorMessage: message }) },
  },
  { id: 4, previousEventId: 3, type: 'TaskStateExited', timestamp: at, stateExitedEventDetails: { name: 'VerifyPayment' } },
  { id: 5, previousEventId: 4, type: 'FailStateEntered', timestamp: at, stateEnteredEventDetails: { name: 'NotifyCustomer' } },
  {
    id: 6,
    previousEventId: 5,
    type: 'ExecutionFailed',
    timestamp: at,
    executionFailedEventDetails: { error: 'PaymentVerificationFailed', cause: 'fixed' },
  },
];

let cache: CountingHistoryCache;
beforeEach(() => {
  cache = new CountingHistoryCache(new SqliteExecutionIndexStore(':memory:'));
  closed.length = 0;
  withData.mockReset();
  reads.getExecutionHistoryWithoutData.mockReset();
  reads.getExecutionHistoryWithoutData.mockImplementation(async (_, arn) => declinedHistory(`declined ${arn.split(':').at(-1)}`));
});
afterEach(() => cache.store.close());

describe('readFailureSummaries', () => {
  it("summarizes each execution's history, through the cache, and closes its callers", async () => {
    const rows = [execution('a'), execution('b', 'TIMED_OUT')];
    const summaries = await readFailureSummaries(rows, { cache, callerFor, readWithData: withData });
    expect(summaries.get(rows[0]!.arn)?.causedBy).toEqual({
      state: 'VerifyPayment',
      error: 'PaymentVerificationFailed',
      message: 'declined a',
    });
    expect(summaries.get(rows[1]!.arn)?.causedBy?.message).toBe('declined b');
    await readFailureSummaries(rows, { cache, callerFor, readWithData: withData });
    // The second read came from the cache: finished executions are read once.
    expect(reads.getExecutionHistoryWithoutData).toHaveBeenCalledTimes(2);
    expect(closed).toEqual(['us-east-1', 'us-east-1']);
  });

  it('leaves out what it cannot read: a data-source error, a malformed history, an Express execution', async () => {
    const throttled = execution('throttled');
    const malformed = execution('malformed');
    const express = { ...execution('express'), arn: 'arn:aws:states:us-east-1:123456789012:express:orders:express:6f1c' };
    reads.getExecutionHistoryWithoutData.mockImplementation(async (_, arn) => {
      if (arn === throttled.arn) throw new DataSourceError('throttled', 'Step Functions is throttling requests.', 'Wait.');
      return [{ id: 1, previousEventId: 0, type: 'ExecutionStarted', timestamp: new Date(Number.NaN) }];
    });
    const summaries = await readFailureSummaries([throttled, malformed, express], { cache, callerFor, readWithData: withData });
    expect([...summaries.keys()]).toEqual([]);
    expect(reads.getExecutionHistoryWithoutData.mock.calls.map(([, arn]) => arn)).toEqual([throttled.arn, malformed.arn]);
  });

  it("reads a Fail state's input, with data and not cached, only when no caught error led there", async () => {
    const routed = execution('routed');
    const noData: HistoryEventRecord[] = [
      { id: 1, previousEventId: 0, type: 'ExecutionStarted', timestamp: at, executionStartedEventDetails: { roleArn: 'r' } },
      { id: 2, previousEventId: 0, type: 'FailStateEntered', timestamp: at, stateEnteredEventDetails: { name: 'Cancelled' } },
      {
        id: 3,
        previousEventId: 2,
        type: 'ExecutionFailed',
        timestamp: at,
        executionFailedEventDetails: { error: 'Cancelled', cause: 'fixed' },
      },
    ];
    reads.getExecutionHistoryWithoutData.mockImplementation(async (_, arn) => (arn === routed.arn ? noData : declinedHistory('x')));
    withData.mockImplementation(async () =>
      noData.map((event) =>
        event.id === 2 ? { ...event, stateEnteredEventDetails: { name: 'Cancelled', input: '{"message":"payment is PENDING"}' } } : event,
      ),
    );
    const summaries = await readFailureSummaries([routed, execution('declined')], { cache, callerFor, readWithData: withData });
    expect(summaries.get(routed.arn)).toEqual({ error: 'Cancelled', cause: 'fixed', failState: 'Cancelled', reason: 'payment is PENDING' });
    expect(withData.mock.calls).toEqual([[routed.arn]]);

    // When that read fails, the row keeps what the history without data said.
    withData.mockRejectedValue(new DataSourceError('throttled', 'Step Functions is throttling requests.', 'Wait.'));
    expect((await readFailureSummaries([routed], { cache, callerFor, readWithData: withData })).get(routed.arn)).toEqual({
      error: 'Cancelled',
      cause: 'fixed',
      failState: 'Cancelled',
    });
  });

  it("takes the Fail state's reason from a history the index synced with data, reading nothing", async () => {
    const routed = execution('synced');
    const withInput: HistoryEventRecord[] = [
      { id: 1, previousEventId: 0, type: 'ExecutionStarted', timestamp: at, executionStartedEventDetails: { input: '{}', roleArn: 'r' } },
      {
        id: 2,
        previousEventId: 0,
        type: 'FailStateEntered',
        timestamp: at,
        stateEnteredEventDetails: { name: 'Cancelled', input: '{"message":"payment is PENDING"}' },
      },
      {
        id: 3,
        previousEventId: 2,
        type: 'ExecutionFailed',
        timestamp: at,
        executionFailedEventDetails: { error: 'Cancelled', cause: 'fixed' },
      },
    ];
    const key = { source: 'http://127.0.0.1:8083', executionArn: routed.arn, startedAt: routed.startedAt };
    await cache.store.putHistory(key, 'FAILED', withInput, true);
    const summaries = await readFailureSummaries([routed], { cache, callerFor, readWithData: withData });
    expect(summaries.get(routed.arn)).toEqual({ error: 'Cancelled', cause: 'fixed', failState: 'Cancelled', reason: 'payment is PENDING' });
    expect(withData).not.toHaveBeenCalled();
    expect(reads.getExecutionHistoryWithoutData).not.toHaveBeenCalled();

    // Synced with data and no reason in the input: nothing more to find, nothing read again.
    const plain = execution('plain');
    const noReason = withInput.map((event) =>
      event.id === 2 ? { ...event, stateEnteredEventDetails: { name: 'Cancelled', input: '{}' } } : event,
    );
    await cache.store.putHistory({ ...key, executionArn: plain.arn }, 'FAILED', noReason, true);
    expect((await readFailureSummaries([plain], { cache, callerFor, readWithData: withData })).get(plain.arn)).toEqual({
      error: 'Cancelled',
      cause: 'fixed',
      failState: 'Cancelled',
    });
    expect(withData).not.toHaveBeenCalled();
  });

  it('lets any other error through: it is a bug', async () => {
    const bug = new TypeError('cannot read properties of undefined');
    reads.getExecutionHistoryWithoutData.mockRejectedValue(bug);
    await expect(readFailureSummaries([execution('a')], { cache, callerFor, readWithData: withData })).rejects.toBe(bug);
    expect(closed).toEqual(['us-east-1']);
  });

  it('reads at most `concurrency` histories at once', async () => {
    let open = 0;
    let most = 0;
    reads.getExecutionHistoryWithoutData.mockImplementation(async () => {
      most = Math.max(most, ++open);
      await new Promise((resolve) => setTimeout(resolve, 1));
      open--;
      return declinedHistory('x');
    });
    const rows = Array.from({ length: 9 }, (_, i) => execution(`run-${i}`));
    expect((await readFailureSummaries(rows, { cache, callerFor, readWithData: withData, concurrency: 3 })).size).toBe(9);
    expect(most).toBe(3);
  });
});
