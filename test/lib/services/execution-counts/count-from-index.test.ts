import { describe, expect, it } from 'vitest';
import { planBuckets } from '@/lib/metrics/plan-buckets';
import { resolveWindow } from '@/lib/metrics/resolve-window';
import type { ExecutionIndexStore } from '@/lib/execution-index/types';
import { computeIndexReach, countFromIndex, EXPRESS_NOT_EXACT, findIndexGap } from '@/lib/services/execution-counts/count-from-index';

const DAY_MS = 86_400_000;
const NOW = new Date('2026-12-04T12:00:00Z');
const ago = (days: number) => new Date(NOW.getTime() - days * DAY_MS);
const standard = { arn: 'arn:orders', name: 'orders', type: 'STANDARD' as const };
const express = { arn: 'arn:clicks', name: 'clicks', type: 'EXPRESS' as const };
const synced = { stateMachineArn: 'arn:orders', synced: true, completeUntil: NOW };

describe('computeIndexReach', () => {
  it('reaches back as far as the source still listed at the last walk: 90 days for Standard, 30 for Express', () => {
    expect(computeIndexReach({ ...synced, oldestListed: ago(1) }, standard)).toEqual(ago(90));
    expect(computeIndexReach({ ...synced, oldestListed: ago(1) }, express)).toEqual(ago(30));
  });

  it('reaches back to the oldest execution listed when that is older, and to the horizon when the walks listed nothing', () => {
    expect(computeIndexReach({ ...synced, oldestListed: ago(300) }, standard)).toEqual(ago(300));
    expect(computeIndexReach({ ...synced }, standard)).toEqual(ago(90));
  });

  it('reaches back no further than a retention cutoff', () => {
    expect(computeIndexReach({ ...synced, oldestListed: ago(300), retentionCutoff: ago(14) }, standard)).toEqual(ago(14));
  });

  it('has no reach before a first sync', () => {
    expect(computeIndexReach({ stateMachineArn: 'arn:orders', synced: false }, standard)).toBeUndefined();
  });
});

describe('findIndexGap', () => {
  const plan = planBuckets(resolveWindow({ preset: '7d' }, NOW), NOW);

  it('covers a window inside its reach, lagging its end by less than the staleness allowed', () => {
    expect(findIndexGap({ ...synced, completeUntil: new Date(NOW.getTime() - 60_000) }, ago(90), plan, 120_000)).toBeUndefined();
  });

  it('needs the index complete until now, not until the window’s end rounded up past now', () => {
    // 30 days back CloudWatch keeps 5-minute periods: the plan ends up to 5 minutes after now.
    const later = new Date(NOW.getTime() + 4 * 60_000 + 30_000);
    const month = planBuckets(resolveWindow({ preset: '30d' }, later), later);
    expect(month.end.getTime() - later.getTime()).toBe(30_000);
    const wideLater = new Date(NOW.getTime() + 60_000);
    const wide = planBuckets(resolveWindow({ preset: '30d' }, wideLater), wideLater);
    expect(wide.end.getTime() - wideLater.getTime()).toBe(4 * 60_000);
    expect(findIndexGap({ ...synced, completeUntil: NOW }, ago(90), wide, 120_000)).toBeUndefined();
  });

  it('says why it does not cover a window', () => {
    expect(findIndexGap({ stateMachineArn: 'arn:orders', synced: false }, undefined, plan, 120_000)).toBe(
      'The execution index has not finished a first sync of this state machine.',
    );
    expect(findIndexGap(synced, ago(3), plan, 120_000)).toBe(
      'The execution index reaches back to 2026-12-01 12:00 UTC, after the window’s start (2026-11-27 12:00 UTC).',
    );
    expect(findIndexGap({ ...synced, completeUntil: ago(1) }, ago(90), plan, 120_000)).toBe(
      'The execution index was last complete at 2026-12-03 12:00 UTC, before the window’s end (2026-12-04 12:00 UTC).',
    );
  });
});

describe('countFromIndex', () => {
  it('never counts an Express machine from the index: its logs may leave out every success', async () => {
    const plan = planBuckets(resolveWindow({ preset: '24h' }, NOW), NOW);
    const asked: string[][] = [];
    const index = {
      readIndexReach: async (_source: string, arns: readonly string[]) =>
        arns.map((arn) => ({ stateMachineArn: arn, synced: true, completeUntil: NOW })),
      countExecutions: async (query: { stateMachineArns: string[] }) => {
        asked.push(query.stateMachineArns);
        return query.stateMachineArns.map((arn) => ({
          stateMachineArn: arn,
          total: { started: 1, succeeded: 1, failed: 0, timedOut: 0, aborted: 0, running: 0, pendingRedrive: 0 },
          buckets: [],
        }));
      },
    } as unknown as ExecutionIndexStore;
    const [orders, clicks] = await countFromIndex(index, 'http://emulator', [standard, express], plan, 'window', 120_000);
    expect(asked).toEqual([['arn:orders']]);
    expect(orders && 'tally' in orders && orders.tally.source.kind).toBe('index');
    expect(clicks).toEqual({ fallback: { skipped: 'index', reason: EXPRESS_NOT_EXACT } });
  });
});
