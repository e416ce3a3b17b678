import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { HistoryCache } from '@/lib/services/history-cache';
import type { HistoryEventRecord } from '@/lib/domain';

const ARN = 'arn:aws:states:us-east-1:123456789012:execution:orders:run-1';
const KEY = { endpoint: 'http://127.0.0.1:8083', executionArn: ARN, startedAt: new Date('2026-11-30T10:00:00Z'), redriveCount: 0 };
const EVENTS: HistoryEventRecord[] = [
  { id: 1, previousEventId: 0, type: 'ExecutionStarted', timestamp: new Date('2026-11-30T10:00:00Z') },
  {
    id: 2,
    previousEventId: 0,
    type: 'PassStateEntered',
    timestamp: new Date('2026-11-30T10:00:00.010Z'),
    stateEnteredEventDetails: { name: 'Greet' },
  },
  { id: 3, previousEventId: 2, type: 'ExecutionSucceeded', timestamp: new Date('2026-11-30T10:00:00.020Z') },
];

describe('HistoryCache', () => {
  const dirs: string[] = [];
  const open = () => {
    const dir = mkdtempSync(join(tmpdir(), 'statescope-history-cache-'));
    dirs.push(dir);
    return new HistoryCache(join(dir, 'nested', 'histories.sqlite'));
  };
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('gives back a finished history with its dates, also after reopening the file', () => {
    const cache = open();
    expect(cache.put(KEY, 'SUCCEEDED', EVENTS)).toBe(true);
    expect(cache.get(KEY)).toEqual(EVENTS);
    cache.close();
    const again = new HistoryCache(cache.file);
    expect(again.get(KEY)?.[1]?.timestamp).toEqual(new Date('2026-11-30T10:00:00.010Z'));
    expect(again.stats).toMatchObject({ hits: 1, misses: 0 });
    again.close();
  });

  it.each(['RUNNING', 'PENDING_REDRIVE'] as const)('refuses to store a %s execution', (status) => {
    const cache = open();
    expect(cache.put(KEY, status, EVENTS)).toBe(false);
    expect(cache.get(KEY)).toBeUndefined();
    expect(cache.count()).toBe(0);
    expect(cache.stats.refused).toBe(1);
    cache.close();
  });

  it('keeps the same ARN from another endpoint, another start or another redrive apart', () => {
    const cache = open();
    cache.put(KEY, 'FAILED', EVENTS);
    expect(cache.get({ ...KEY, endpoint: 'https://states.us-east-1.amazonaws.com' })).toBeUndefined();
    expect(cache.get({ ...KEY, startedAt: new Date('2026-11-30T11:00:00Z') })).toBeUndefined();
    // A redrive appends to a FAILED history, so the copy from before it must not be served.
    expect(cache.get({ ...KEY, redriveCount: 1 })).toBeUndefined();
    expect(cache.get({ ...KEY, redriveCount: undefined })).toEqual(EVENTS);
    cache.close();
  });
});
