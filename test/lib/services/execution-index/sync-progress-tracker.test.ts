import { describe, expect, it } from 'vitest';
import { SyncProgressTracker } from '@/lib/services/execution-index/sync-progress-tracker';
import type { MachineSyncResult } from '@/lib/services/execution-index/sync-types';

const machine = (name: string, oldest?: string): MachineSyncResult => ({
  stateMachineArn: `arn:aws:states:us-east-1:123456789012:stateMachine:${name}`,
  name,
  type: 'STANDARD',
  new: 0,
  updated: 0,
  archived: 0,
  complete: false,
  ...(oldest ? { oldestStartedAt: new Date(oldest) } : {}),
});

describe('SyncProgressTracker', () => {
  it('adds up executions written, their rate, and the oldest start over all machines', () => {
    let now = 1_000;
    const tracker = new SyncProgressTracker('http://127.0.0.1:8083', 1_000, () => now);
    now = 3_000;
    tracker.commit(machine('a', '2026-01-10T00:00:00Z'), 100);
    now = 5_000;
    const progress = tracker.commit(machine('b', '2025-12-01T00:00:00Z'), 100);
    expect(progress).toMatchObject({ indexed: 200, perSecond: 50, elapsedMs: 4_000, current: 'b' });
    expect(progress.oldestStartedAt?.toISOString()).toBe('2025-12-01T00:00:00.000Z');
    expect(progress.machines.map((m) => m.name)).toEqual(['a', 'b']);
    // A machine's later commit replaces its earlier state.
    expect(tracker.commit(machine('a', '2025-11-01T00:00:00Z'), 0).oldestStartedAt?.toISOString()).toBe('2025-11-01T00:00:00.000Z');
  });
});
