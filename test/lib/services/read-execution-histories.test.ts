import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CostSfnCaller } from '@/lib/aws/cost-sfn-caller';
import type { ExecutionStatus, ExecutionSummary, HistoryEventRecord } from '@/lib/domain';
import { SqliteExecutionIndexStore } from '@/lib/execution-index/sqlite/sqlite-execution-index-store';
import { CountingHistoryCache } from '@/lib/services/execution-index/counting-history-cache';
import { readExecutionHistories } from '@/lib/services/read-execution-histories';

const reads = vi.hoisted(() => ({
  getExecutionHistoryWithoutData: vi.fn<(caller: unknown, executionArn: string) => Promise<HistoryEventRecord[]>>(),
}));
vi.mock('@/lib/aws/get-execution-history-without-data', () => reads);

const ENDPOINT = 'http://127.0.0.1:8083';
const caller = {
  region: 'us-east-1',
  stats: { calls: 0, throttled: 0, throttledSurfaced: 0, byAction: {} },
  send: () => Promise.reject(new Error('the history read is faked')),
  endpoint: async () => ENDPOINT,
  close: () => {},
} satisfies CostSfnCaller;

const execution = (name: string, status: ExecutionStatus = 'SUCCEEDED'): ExecutionSummary => ({
  arn: `arn:aws:states:us-east-1:123456789012:execution:orders:${name}`,
  stateMachineArn: 'arn:aws:states:us-east-1:123456789012:stateMachine:orders',
  name,
  status,
  startedAt: new Date('2026-11-30T10:00:00Z'),
});
const historyOf = (executionArn: string): HistoryEventRecord[] => [
  {
    id: 1,
    previousEventId: 0,
    type: 'ExecutionStarted',
    timestamp: new Date('2026-11-30T10:00:00Z'),
    executionStartedEventDetails: { roleArn: executionArn },
  },
];

let cache: CountingHistoryCache;
beforeEach(() => {
  cache = new CountingHistoryCache(new SqliteExecutionIndexStore(':memory:'));
  reads.getExecutionHistoryWithoutData.mockReset();
  reads.getExecutionHistoryWithoutData.mockImplementation(async (_, executionArn) => historyOf(executionArn));
});
afterEach(() => cache.store.close());

describe('readExecutionHistories', () => {
  it('hands every execution its history exactly once, never more than `concurrency` reads at a time', async () => {
    const executions = Array.from({ length: 23 }, (_, i) => execution(`run-${i}`));
    let open = 0;
    let mostOpen = 0;
    reads.getExecutionHistoryWithoutData.mockImplementation(async (_, executionArn) => {
      mostOpen = Math.max(mostOpen, ++open);
      await new Promise((resolve) => setTimeout(resolve, 1));
      open--;
      return historyOf(executionArn);
    });
    const handled: string[] = [];
    const progress: [number, number][] = [];

    await readExecutionHistories(
      caller,
      executions,
      (run, events) => handled.push(`${run.name}:${String(events[0]?.executionStartedEventDetails?.roleArn === run.arn)}`),
      {
        concurrency: 4,
        onProgress: (done, total) => progress.push([done, total]),
      },
    );

    expect(handled.sort()).toEqual(executions.map((run) => `${run.name}:true`).sort());
    expect(mostOpen).toBe(4);
    expect(progress).toEqual(executions.map((_, i) => [i + 1, 23]));
  });

  it('serves finished executions from the cache after the first read, and always reads a running one fresh', async () => {
    const finished = execution('finished');
    const running = execution('running', 'RUNNING');
    const read = () => readExecutionHistories(caller, [finished, running], () => {}, { cache });

    await read();
    await read();

    expect(reads.getExecutionHistoryWithoutData.mock.calls.map(([, arn]) => arn).sort()).toEqual(
      [finished.arn, running.arn, running.arn].sort(),
    );
    expect((await cache.store.stats()).histories).toBe(1);
    expect(await cache.get({ source: ENDPOINT, executionArn: finished.arn, startedAt: finished.startedAt })).toEqual(
      historyOf(finished.arn),
    );
  });

  it('reads nothing for no executions', async () => {
    await readExecutionHistories(caller, [], () => {});
    expect(reads.getExecutionHistoryWithoutData).not.toHaveBeenCalled();
  });
});
