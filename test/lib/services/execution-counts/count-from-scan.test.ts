import { describe, expect, it } from 'vitest';
import { DataSourceError } from '@/lib/aws/errors';
import type { ExecutionSummary } from '@/lib/domain';
import { planBuckets } from '@/lib/metrics/plan-buckets';
import { resolveWindow } from '@/lib/metrics/resolve-window';
import { countFromScan, SCAN_LIMIT } from '@/lib/services/execution-counts/count-from-scan';

const NOW = new Date('2026-12-04T12:00:00Z');
const plan = planBuckets(resolveWindow({ preset: '24h' }, NOW), NOW);
const machine = { arn: 'arn:aws:states:us-east-1:1:stateMachine:busy', name: 'busy', type: 'STANDARD' as const };
const newest = (count: number): ExecutionSummary[] =>
  Array.from({ length: count }, (_, i) => ({
    arn: `arn:aws:states:us-east-1:1:execution:busy:${i}`,
    stateMachineArn: machine.arn,
    name: String(i),
    status: 'SUCCEEDED',
    startedAt: new Date(NOW.getTime() - 120_000 - i * 1000),
    stoppedAt: new Date(NOW.getTime() - 119_000 - i * 1000),
  }));

describe('countFromScan', () => {
  it('reads one page of the newest 1,000 and labels the counts a capped sample when it does not reach the window’s start', async () => {
    const asked: unknown[] = [];
    const { tallies, calls } = await countFromScan(
      async (input) => {
        asked.push(input);
        return { executions: newest(1000), capped: true, pagesRead: 1 };
      },
      [machine],
      plan,
      false,
    );
    expect(asked).toEqual([{ stateMachineArn: machine.arn, since: plan.start, maxPages: 1, pageSize: SCAN_LIMIT }]);
    expect(calls).toBe(1);
    expect(tallies[0]?.source).toEqual({
      kind: 'scan',
      capped: true,
      limit: 1000,
      executionsRead: 1000,
      oldestRead: newest(1000).at(-1)?.startedAt,
    });
    expect(tallies[0]?.total).toMatchObject({ started: 1000, succeeded: 1000 });
    expect(tallies[0]?.duration).toMatchObject({ p50Ms: 1000, p99Ms: 1000 });
  });

  it('gives a machine the scan cannot read its problem, in words, not a throw', async () => {
    const { tallies } = await countFromScan(
      async () => {
        throw new DataSourceError(
          'access-denied',
          'Step Functions refused the request (ListExecutions): nope',
          'Allow states:ListExecutions.',
        );
      },
      [machine],
      plan,
      false,
    );
    expect(tallies[0]).toEqual({
      buckets: [],
      total: {},
      source: { kind: 'scan', capped: false, limit: 1000, executionsRead: 0 },
      problem: {
        kind: 'access-denied',
        message: 'Step Functions refused the request (ListExecutions): nope',
        hint: 'Allow states:ListExecutions.',
      },
    });
  });

  it('lets a bug through', async () => {
    await expect(countFromScan(async () => Promise.reject(new TypeError('bug')), [machine], plan, false)).rejects.toThrow('bug');
  });
});
