import { describe, expect, it } from 'vitest';
import { formatSyncProgress, formatSyncSummary } from '@/lib/cli/commands/sync-output';
import type { SyncSummary } from '@/lib/services/execution-index/sync-types';

describe('sync output', () => {
  it('says how many, how fast and how far back in one progress line', () => {
    const line = formatSyncProgress({
      source: 'https://states.us-east-1.amazonaws.com',
      machines: [],
      indexed: 1234,
      perSecond: 17.4,
      oldestStartedAt: new Date('2026-01-02T03:04:05Z'),
      elapsedMs: 70_000,
      current: 'orders',
    });
    expect(line).toBe('sync: 1234 executions indexed (17/s), back to 2026-01-02 03:04:05 UTC, now orders');
  });

  it('summarises totals and each machine, errors included', () => {
    const summary: SyncSummary = {
      source: 'http://127.0.0.1:8083',
      startedAt: new Date(0),
      durationMs: 2_500,
      new: 3,
      updated: 1,
      archived: 2,
      deleted: 0,
      interrupted: false,
      apiCalls: { calls: 12, throttled: 2, throttledSurfaced: 0, byAction: {} },
      errors: [{ stateMachineArn: 'arn:b', message: 'access denied' }],
      machines: [
        {
          stateMachineArn: 'arn:a',
          name: 'orders',
          type: 'STANDARD',
          new: 3,
          updated: 1,
          archived: 2,
          complete: true,
          oldestStartedAt: new Date('2026-01-01T00:00:00Z'),
        },
        {
          stateMachineArn: 'arn:b',
          name: 'events',
          type: 'EXPRESS',
          new: 0,
          updated: 0,
          archived: 0,
          complete: false,
          error: 'access denied',
        },
      ],
    };
    const text = formatSyncSummary(summary, '/w/.statescope/index.db');
    expect(text).toContain('Sync done in 2.5 s from http://127.0.0.1:8083');
    expect(text).toContain('Index: /w/.statescope/index.db');
    expect(text).toContain('3 new, 1 updated, 2 archived (gone from the source), 0 deleted by retention');
    expect(text).toContain('12 Step Functions calls, 2 throttled and retried');
    expect(text).toMatch(/orders\s+Standard\s+3 new, 1 updated, 2 archived; oldest 2026-01-01 00:00:00 UTC\n/);
    expect(text).toMatch(/events\s+Express\s+error: access denied/);
    expect(formatSyncSummary({ ...summary, interrupted: true }, 'f')).toContain('Sync interrupted (run it again to resume)');
  });
});
