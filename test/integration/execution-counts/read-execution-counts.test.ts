import { DescribeExecutionCommand } from '@aws-sdk/client-sfn';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { resetCloudWatchClient } from '@/lib/aws/cloudwatch-client';
import { createCostSfnCaller } from '@/lib/aws/cost-sfn-caller';
import { getMetricData } from '@/lib/aws/get-metric-data';
import type { SqliteExecutionIndexStore } from '@/lib/execution-index/sqlite/sqlite-execution-index-store';
import { planBuckets, SERIES_BUCKETS } from '@/lib/metrics/plan-buckets';
import { resolveWindow } from '@/lib/metrics/resolve-window';
import type { MachineRef } from '@/lib/metrics/types';
import { DEFAULT_COUNT_SOURCES, type CountSources } from '@/lib/services/execution-counts/count-sources';
import { readExecutionCounts } from '@/lib/services/execution-counts/read-execution-counts';
import { readExecutionSeries } from '@/lib/services/execution-counts/read-execution-series';
import { syncExecutionIndex } from '@/lib/services/execution-index/sync-execution-index';
import { startFakeCloudWatchServer, type FakeCloudWatchServer } from '../../support/aws/fake-cloudwatch-server';
import {
  createMachine,
  PASS_MACHINE,
  startExecution,
  startSyncBench,
  waitUntilFinished,
  type SyncBench,
} from '../../support/execution-index/sync-emulator';

const HOUR_MS = 3_600_000;
const FAIL_MACHINE = { StartAt: 'Boom', States: { Boom: { Type: 'Fail', Error: 'Oops', Cause: 'on purpose' } } };

interface Ran {
  status: string;
  startMs: number;
  stopMs: number;
}

describe('execution counts from the index, CloudWatch metrics or the ListExecutions sample, against the emulator', () => {
  let bench: SyncBench;
  let store: SqliteExecutionIndexStore;
  let machines: MachineRef[];
  const ran = new Map<string, Ran[]>();
  let now: Date;
  const denying: FakeCloudWatchServer[] = [];

  /** Counts sources with this test's index (nothing synced until the index test). */
  const sources = (overrides: Partial<CountSources> = {}): CountSources => ({
    ...DEFAULT_COUNT_SOURCES,
    openIndex: async () => ({ index: store, source: bench.emulator.url }),
    ...overrides,
  });

  async function backdate(executionArn: string, startMs: number): Promise<void> {
    const response = await fetch(bench.emulator.url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-amz-json-1.0', 'X-Amz-Target': 'StatescopeEmulator.BackdateExecution' },
      body: JSON.stringify({ ExecutionArn: executionArn, StartDate: startMs / 1000 }),
    });
    expect(response.status).toBe(200);
  }

  /** What the emulator ran, per plan bucket: starts by start time, each closing status by stop time. */
  function expectedPerBucket(arn: string, plan: { buckets: { start: Date; end: Date }[] }) {
    const inBucket = (ms: number, bucket: { start: Date; end: Date }) => ms >= bucket.start.getTime() && ms < bucket.end.getTime();
    return plan.buckets.map((bucket) => {
      const runs = ran.get(arn) ?? [];
      return {
        started: runs.filter((run) => inBucket(run.startMs, bucket)).length,
        succeeded: runs.filter((run) => run.status === 'SUCCEEDED' && inBucket(run.stopMs, bucket)).length,
        failed: runs.filter((run) => run.status === 'FAILED' && inBucket(run.stopMs, bucket)).length,
      };
    });
  }

  beforeAll(async () => {
    bench = await startSyncBench();
    resetCloudWatchClient();
    store = bench.openStore();
    const okArn = await createMachine(bench.client, 'counts-ok', PASS_MACHINE);
    const failArn = await createMachine(bench.client, 'counts-fail', FAIL_MACHINE);
    machines = [
      { arn: okArn, name: 'counts-ok', type: 'STANDARD' },
      { arn: failArn, name: 'counts-fail', type: 'STANDARD' },
    ];
    // Executions spread over the last hours: 5 h, 3 h and 3 h ago, and now.
    const plan: [string, number][] = [
      [okArn, 3],
      [okArn, 3],
      [okArn, 0],
      [okArn, 0],
      [failArn, 5],
      [failArn, 0],
    ];
    const startedAt = Date.now();
    for (const [arn, hoursAgo] of plan) {
      const executionArn = await startExecution(bench.client, arn, { hoursAgo });
      await waitUntilFinished(bench.client, executionArn);
      if (hoursAgo > 0) await backdate(executionArn, startedAt - hoursAgo * HOUR_MS);
      const described = await bench.client.send(new DescribeExecutionCommand({ executionArn }));
      const runs = ran.get(arn) ?? [];
      runs.push({
        status: described.status ?? '',
        startMs: described.startDate?.getTime() ?? 0,
        stopMs: described.stopDate?.getTime() ?? 0,
      });
      ran.set(arn, runs);
    }
    // The window's end is rounded down to the minute: leave the last execution a minute behind it.
    now = new Date(Date.now() + 61_000);
  }, 60_000);

  afterAll(async () => {
    for (const server of denying) await server.close();
    resetCloudWatchClient();
    await bench?.close();
  });

  it('counts from CloudWatch metrics, per status and per period, as the emulator ran them, when the index has not synced', async () => {
    const result = await readExecutionCounts({ machines, window: { preset: '24h' }, now }, sources());
    const plan = planBuckets(resolveWindow({ preset: '24h' }, now), now);
    const [ok, fail] = result.machines;
    expect(ok?.source).toEqual({ kind: 'metrics', bestEffort: true, statistic: 'Sum', periodSeconds: 3600 });
    expect(ok?.fallbacks).toEqual([
      { skipped: 'index', reason: 'The execution index has not finished a first sync of this state machine.' },
    ]);
    expect(ok?.counts).toEqual({ started: 4, succeeded: 4, failed: 0, timedOut: 0, aborted: 0, throttled: 0, redriven: 0 });
    expect(fail?.counts).toEqual({ started: 2, succeeded: 0, failed: 2, timedOut: 0, aborted: 0, throttled: 0, redriven: 0 });
    expect([ok?.failureRate, fail?.failureRate]).toEqual([0, 1]);
    expect(ok?.duration?.maximumMs).toBeGreaterThanOrEqual(0);
    for (const [i, machine] of machines.entries()) {
      const expected = expectedPerBucket(machine.arn, plan);
      expect(result.machines[i]?.sparkline.map((point) => point.started)).toEqual(expected.map((bucket) => bucket.started));
      expect(result.machines[i]?.sparkline.map((point) => point.failed)).toEqual(expected.map((bucket) => bucket.failed));
    }
    expect(result.apiCalls).toEqual({ getMetricData: 1, listExecutions: 0 });
    expect(result.window).toMatchObject({ preset: '24h', label: 'Last 24 h', start: plan.start, end: plan.end });
  });

  it('charts one machine per bucket from the metrics, each bucket with its [start, end)', async () => {
    const series = await readExecutionSeries({ machine: machines[0] as MachineRef, window: { preset: '24h' }, now }, sources());
    const plan = planBuckets(resolveWindow({ preset: '24h' }, now), now, SERIES_BUCKETS);
    expect(series.source.kind).toBe('metrics');
    expect(series.bucketMs).toBe(30 * 60_000);
    expect(series.buckets.map((bucket) => [bucket.start, bucket.end])).toEqual(plan.buckets.map((bucket) => [bucket.start, bucket.end]));
    const expected = expectedPerBucket(machines[0]?.arn ?? '', plan);
    expect(series.buckets.map((bucket) => bucket.counts.started)).toEqual(expected.map((bucket) => bucket.started));
    expect(series.buckets.map((bucket) => bucket.counts.succeeded)).toEqual(expected.map((bucket) => bucket.succeeded));
    const closedBuckets = series.buckets.filter((bucket) => (bucket.counts.succeeded ?? 0) > 0);
    expect(closedBuckets.every((bucket) => bucket.duration?.maximumMs !== undefined)).toBe(true);
  });

  it('falls back to the ListExecutions sample, saying why, when CloudWatch denies GetMetricData or is not there', async () => {
    for (const [error, reason] of [
      ['AccessDenied', /^CloudWatch at http:\/\/127\.0\.0\.1:\d+ denied GetMetricData: not allowed$/],
      ['UnknownOperationException', /^http:\/\/127\.0\.0\.1:\d+ does not serve CloudWatch metrics \(UnknownOperationException\)\.$/],
    ] as const) {
      const server = await startFakeCloudWatchServer(() => ({ error, status: 400, message: 'not allowed' }));
      denying.push(server);
      // The fake is the CloudWatch endpoint; Step Functions stays the emulator.
      const cloudWatch = new CloudWatchClient({
        endpoint: server.url,
        region: 'us-east-1',
        credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
        maxAttempts: 1,
      });
      const result = await readExecutionCounts(
        { machines, window: { preset: '24h' }, now },
        sources({ getMetricData: (request) => getMetricData(request, cloudWatch) }),
      );
      const [ok, fail] = result.machines;
      expect(ok?.source).toMatchObject({ kind: 'scan', capped: false, limit: 1000, executionsRead: 4 });
      expect(ok?.fallbacks.map((fallback) => fallback.skipped)).toEqual(['index', 'metrics']);
      expect(ok?.fallbacks[1]?.reason).toMatch(reason);
      expect(ok?.counts).toEqual({ started: 4, succeeded: 4, failed: 0, timedOut: 0, aborted: 0, running: 0 });
      expect(fail?.counts).toEqual({ started: 2, succeeded: 0, failed: 2, timedOut: 0, aborted: 0, running: 0 });
      expect(result.apiCalls).toEqual({ getMetricData: 1, listExecutions: 2 });
      cloudWatch.destroy();
    }
  });

  it('goes on to CloudWatch when the index cannot be read, saying so', async () => {
    const broken = {
      readIndexReach: async () => Promise.reject(new Error('database disk image is malformed')),
    } as unknown as SqliteExecutionIndexStore;
    const result = await readExecutionCounts(
      { machines, window: { preset: '24h' }, now },
      sources({ openIndex: async () => ({ index: broken, source: bench.emulator.url }) }),
    );
    expect(result.machines[0]?.source.kind).toBe('metrics');
    expect(result.machines[0]?.fallbacks).toEqual([
      { skipped: 'index', reason: 'The execution index could not be read: database disk image is malformed' },
    ]);
  });

  it('counts exactly from the execution index once it has synced the window, saying how far back it reaches', async () => {
    const caller = createCostSfnCaller({ region: 'us-east-1' });
    try {
      await syncExecutionIndex({ store, caller });
    } finally {
      caller.close();
    }
    const result = await readExecutionCounts({ machines, window: { preset: '24h' }, now }, sources());
    const plan = planBuckets(resolveWindow({ preset: '24h' }, now), now);
    const [ok, fail] = result.machines;
    // Synced to the listing's end: complete back to what the source still lists (90 days for Standard).
    const completeUntil = ok?.source.kind === 'index' ? ok.source.completeUntil : new Date(0);
    expect(ok?.source).toEqual({
      kind: 'index',
      exact: true,
      reachesBack: new Date(completeUntil.getTime() - 90 * 86_400_000),
      completeUntil,
    });
    expect(ok?.fallbacks).toEqual([]);
    expect(ok?.counts).toEqual({ started: 4, succeeded: 4, failed: 0, timedOut: 0, aborted: 0, running: 0 });
    expect(fail?.counts).toEqual({ started: 2, succeeded: 0, failed: 2, timedOut: 0, aborted: 0, running: 0 });
    for (const [i, machine] of machines.entries()) {
      const expected = expectedPerBucket(machine.arn, plan);
      expect(result.machines[i]?.sparkline.map((point) => point.started)).toEqual(expected.map((bucket) => bucket.started));
    }
    expect(result.apiCalls).toEqual({ getMetricData: 0, listExecutions: 0 });

    // A window reaching past what the index holds goes to CloudWatch, with the index's reach as the reason.
    const year = await readExecutionCounts(
      { machines, window: { from: new Date(now.getTime() - 200 * 86_400_000), to: now }, now },
      sources(),
    );
    expect(year.machines[0]?.source.kind).toBe('metrics');
    expect(year.machines[0]?.fallbacks[0]?.reason).toMatch(
      /^The execution index reaches back to .+ UTC, after the window’s start \(.+ UTC\)\.$/,
    );
    // Its periods are hours, as CloudWatch keeps data past 63 days; its end is rounded up to the hour, so the last hour's executions count.
    const yearPlan = planBuckets(resolveWindow({ from: new Date(now.getTime() - 200 * 86_400_000), to: now }, now), now);
    expect(yearPlan.periodSeconds % 3600).toBe(0);
    const inYear = (ran.get(machines[0]?.arn ?? '') ?? []).filter((run) => run.startMs < yearPlan.end.getTime()).length;
    expect(year.machines[0]?.counts.started).toBe(inYear);
  });
});
