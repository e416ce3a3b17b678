import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { waitForExecutions } from '@/lib/demo/wait-for-executions';
import { fakeSfnClient } from '../../support/aws-fakes/fake-aws-clients';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** DescribeExecution answering each ARN's statuses in turn, the last one from then on. */
function describing(statuses: Record<string, string[]>) {
  const seen = new Map<string, number>();
  return fakeSfnClient({
    DescribeExecution: (input) => {
      const arn = String(input.executionArn);
      const index = seen.get(arn) ?? 0;
      seen.set(arn, index + 1);
      const list = statuses[arn] ?? [];
      return { status: list[Math.min(index, list.length - 1)] };
    },
  });
}

describe('waitForExecutions', () => {
  it('polls every 250 ms until none is RUNNING, describing only those still running, and reports each change in the count', async () => {
    const { client, inputsOf } = describing({ a: ['SUCCEEDED'], b: ['RUNNING', 'RUNNING', 'FAILED'] });
    const progress: number[] = [];
    const waiting = waitForExecutions(client, ['a', 'b'], { timeoutMs: 60_000, onProgress: (n) => progress.push(n) });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(await waiting).toEqual(
      new Map([
        ['a', 'SUCCEEDED'],
        ['b', 'FAILED'],
      ]),
    );
    expect(inputsOf('DescribeExecution').map((input) => input.executionArn)).toEqual(['a', 'b', 'b', 'b']);
    expect(progress).toEqual([2, 1, 0]);
  });

  it('returns at once, calling nothing, for no executions', async () => {
    const { client, calls } = describing({});
    const progress: number[] = [];
    expect(await waitForExecutions(client, [], { timeoutMs: 1_000, onProgress: (n) => progress.push(n) })).toEqual(new Map());
    expect(calls).toEqual([]);
    expect(progress).toEqual([0]);
  });

  it('gives up after the deadline and reports those still RUNNING as RUNNING', async () => {
    const { client, inputsOf } = describing({ a: ['RUNNING'], b: ['SUCCEEDED'] });
    const waiting = waitForExecutions(client, ['a', 'b'], { timeoutMs: 600 });
    await vi.advanceTimersByTimeAsync(5_000);
    expect(await waiting).toEqual(
      new Map([
        ['a', 'RUNNING'],
        ['b', 'SUCCEEDED'],
      ]),
    );
    // Polls at 0, 250, 500 ms (still within 600 ms), then gives up at 750 ms.
    expect(inputsOf('DescribeExecution').filter((input) => input.executionArn === 'a')).toHaveLength(3);
  });

  it('reads a status the answer left out as RUNNING', async () => {
    const { client } = describing({ a: [] });
    const waiting = waitForExecutions(client, ['a'], { timeoutMs: 100 });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(await waiting).toEqual(new Map([['a', 'RUNNING']]));
  });
});
