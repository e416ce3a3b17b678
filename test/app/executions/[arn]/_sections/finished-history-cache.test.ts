import { describe, expect, it } from 'vitest';
import {
  derivedOnce,
  findFinishedHistory,
  finishedHistoryKey,
  finishedStopMs,
  getFinishedHistory,
  putFinishedHistory,
  readOnce,
} from '@/app/executions/[arn]/_sections/finished-history-cache';
import type { HistoryEventRecord } from '@/lib/aws';

const ARN = 'arn:aws:states:us-east-1:123456789012:execution:orders:run-1';
const events = (n: number): HistoryEventRecord[] =>
  Array.from({ length: n }, (_, i) => ({ id: i + 1, type: 'PassStateEntered', timestamp: new Date(0) }));

describe('finishedHistoryKey', () => {
  it('has no key while the history can still grow: running, or failed and about to be redriven', () => {
    expect(finishedHistoryKey({ arn: ARN, status: 'RUNNING' })).toBeUndefined();
    expect(finishedHistoryKey({ arn: ARN, status: 'PENDING_REDRIVE', redriveCount: 1 })).toBeUndefined();
  });

  it('keys an ended execution by its redrive count and end, so a redriven run is read again', () => {
    const first = finishedHistoryKey({ arn: ARN, status: 'FAILED', stoppedAt: new Date(1000) });
    const redriven = finishedHistoryKey({ arn: ARN, status: 'SUCCEEDED', redriveCount: 1, stoppedAt: new Date(5000) });
    expect(first).toBeDefined();
    expect(redriven).toBeDefined();
    expect(first).not.toBe(redriven);
  });
});

describe('finishedStopMs and findFinishedHistory', () => {
  it('name the stop of a finished execution only, and find its cached history by ARN and stop', () => {
    expect(finishedStopMs({ arn: ARN, status: 'PENDING_REDRIVE', redriveCount: 1, stoppedAt: new Date(1000) })).toBeUndefined();
    const execution = { arn: `${ARN}-stop`, status: 'FAILED' as const, stoppedAt: new Date(7000) };
    expect(finishedStopMs(execution)).toBe(7000);
    const entry = putFinishedHistory(finishedHistoryKey(execution)!, events(2), execution);
    expect(findFinishedHistory(execution.arn, 7000)).toBe(entry);
    expect(findFinishedHistory(execution.arn, 7001)).toBeUndefined();
    expect(findFinishedHistory(ARN, 7000)).toBeUndefined();
  });
});

describe('the finished-history cache', () => {
  it('gives back what was put, and drops the least recently used beyond four histories', () => {
    const keys = Array.from({ length: 5 }, (_, i) => `test-key-${i}-${Math.random()}`);
    putFinishedHistory(keys[0]!, events(1));
    for (const key of keys.slice(1, 4)) putFinishedHistory(key, events(2));
    expect(getFinishedHistory(keys[0]!)?.events).toHaveLength(1); // now the most recently used
    putFinishedHistory(keys[4]!, events(3));
    expect(getFinishedHistory(keys[1]!)).toBeUndefined();
    expect(getFinishedHistory(keys[0]!)).toBeDefined();
    expect(getFinishedHistory(keys[4]!)?.events).toHaveLength(3);
  });

  it('derives once per cached history and name, and every time without one', () => {
    const entry = putFinishedHistory(`derive-${Math.random()}`, events(1));
    let calls = 0;
    const derive = () => ++calls;
    expect(derivedOnce(entry, 'view', derive)).toBe(1);
    expect(derivedOnce(entry, 'view', derive)).toBe(1);
    expect(derivedOnce(entry, 'packed', derive)).toBe(2);
    expect(derivedOnce(undefined, 'view', derive)).toBe(3);
    expect(derivedOnce(undefined, 'view', derive)).toBe(4);
  });

  it('reads once per cached history and name, shares a read under way, and asks again after a failure', async () => {
    const entry = putFinishedHistory(`read-${Math.random()}`, events(1));
    let calls = 0;
    const read = () => Promise.resolve(++calls);
    const [first, second] = await Promise.all([readOnce(entry, 'definition', read), readOnce(entry, 'definition', read)]);
    expect([first, second, calls]).toEqual([1, 1, 1]);
    expect(await readOnce(entry, 'definition', read)).toBe(1);
    expect(await readOnce(undefined, 'definition', read)).toBe(2);

    const failing = putFinishedHistory(`read-failing-${Math.random()}`, events(1));
    await expect(readOnce(failing, 'definition', () => Promise.reject(new Error('Rate exceeded')))).rejects.toThrow('Rate exceeded');
    expect(await readOnce(failing, 'definition', () => Promise.resolve('read again'))).toBe('read again');
    expect(await readOnce(failing, 'definition', () => Promise.resolve('not read'))).toBe('read again');
  });
});
