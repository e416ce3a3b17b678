// The overview at production volume: 500 state machines and a month of AWS/States metrics for
// 1,000,000 executions, loaded through the emulator-only SeedMetricData (no execution has to run).
// Measures the server response time of the overview — the whole streamed document, last-failure
// lines included, i.e. until the page is complete and usable — for `/` (first 50 by name), a page
// sorted by failures (all 500 counted, then sorted) and a filtered page, plus the Step Functions and
// CloudWatch calls one load makes (counted by a proxy in front of the emulator). Side by side, the
// same machines through today's ListExecutions-scan overview: the baseline commit's build (the last
// commit before the metrics overview, BENCH_BASELINE_COMMIT), started on the same emulator.
// The scan baseline's executions: seeded metrics are not executions, so it also gets real ones on a
// few machines (BENCH_REAL_EXECUTIONS, default 2,000 on 4 machines), which is where it pays.
// Prints one JSON object. Run: npm run bench -- overview-at-scale
// BENCH_RUNS (default 5) loads after a warm-up; BENCH_BASELINE=0 skips the baseline;
// STATESCOPE_E2E_SKIP_BUILD=1 reuses this checkout's build.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { CreateStateMachineCommand, StartExecutionCommand } from '@aws-sdk/client-sfn';
import type { NextServer } from '../test/e2e/support/start-next-server';
import { benchEnvironment } from './support/bench-environment';
import { startCountingProxy, type CountingProxy } from './support/counting-proxy';
import { withEmulatorSession } from './support/emulator-session';
import { inBatches } from './support/in-batches';
import { spread } from './support/median';
import { metricDataBodies, seedMetricData } from './support/seed-metric-data';
import { startBenchDashboard } from './support/start-dashboard';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const MACHINES = Number(process.env.BENCH_MACHINES ?? 500);
const EXECUTIONS = Number(process.env.BENCH_EXECUTIONS ?? 1_000_000);
const DAYS = 30;
/** One datum per machine and metric every 3 h: 240 points a month, enough for every window's buckets. */
const DATUM_HOURS = 3;
const REAL_EXECUTIONS = Number(process.env.BENCH_REAL_EXECUTIONS ?? 2_000);
const REAL_MACHINES = 4;
const ROLE_ARN = 'arn:aws:iam::123456789012:role/BenchRole';
const BASELINE_COMMIT = process.env.BENCH_BASELINE_COMMIT ?? '417acbf';
process.env.STATESCOPE_NEXT_DIST_DIR ??= '.next-bench-overview-at-scale';

const PASS = JSON.stringify({ StartAt: 'Done', States: { Done: { Type: 'Pass', End: true } } });
const FAIL = JSON.stringify({ StartAt: 'Boom', States: { Boom: { Type: 'Fail', Error: 'Bench.Failure', Cause: 'always fails' } } });

/** Machine i's share of the month: a long tail, as real fleets have (a few busy, most quiet). */
function weights(count: number): number[] {
  const raw = Array.from({ length: count }, (_, index) => 1 / (index + 1) ** 0.8);
  const total = raw.reduce((sum, value) => sum + value, 0);
  return raw.map((value) => value / total);
}

interface Datum {
  StateMachineArn: string;
  MetricName: string;
  Timestamp: number;
  Values: number[];
  Counts: number[];
}

/** The month's datapoints: per machine and 3 h, started/succeeded/failed/timed out and execution times. */
function monthOfData(arns: readonly string[], nowMs: number): Datum[] {
  const data: Datum[] = [];
  const shares = weights(arns.length);
  const slots = (DAYS * 24) / DATUM_HOURS;
  const firstMs = Math.floor(nowMs / 3_600_000) * 3_600_000 - DAYS * 86_400_000;
  arns.forEach((arn, machine) => {
    const perSlot = (EXECUTIONS * shares[machine]!) / slots;
    const failShare = machine % 10 === 3 ? 0.2 : 0.01;
    for (let slot = 0; slot < slots; slot++) {
      // Busier in the day than at night, so the sparklines have a shape.
      const hour = ((slot * DATUM_HOURS) % 24) + 1;
      const started = Math.round(perSlot * (0.5 + Math.sin((hour / 24) * Math.PI)));
      if (started === 0) continue;
      const failed = Math.round(started * failShare);
      const timedOut = machine % 50 === 7 ? Math.max(1, Math.round(started * 0.01)) : 0;
      const succeeded = started - failed - timedOut;
      const at = firstMs + slot * DATUM_HOURS * 3_600_000;
      const count = (MetricName: string, n: number) =>
        n > 0 && data.push({ StateMachineArn: arn, MetricName, Timestamp: at / 1000, Values: [1], Counts: [n] });
      count('ExecutionsStarted', started);
      count('ExecutionsSucceeded', succeeded);
      count('ExecutionsFailed', failed);
      count('ExecutionsTimedOut', timedOut);
      const base = 200 + (machine % 17) * 90;
      const fast = Math.max(1, Math.round(started * 0.9));
      const slow = started - fast;
      data.push({
        StateMachineArn: arn,
        MetricName: 'ExecutionTime',
        Timestamp: at / 1000,
        Values: slow > 0 ? [base, base * 12] : [base],
        Counts: slow > 0 ? [fast, slow] : [fast],
      });
    }
  });
  return data;
}

/** SeedMetricData in calls under the 4 MB body limit. */
async function seedMetrics(endpoint: string, data: Datum[]): Promise<void> {
  const bodies = metricDataBodies();
  for (const datum of data) bodies.push(JSON.stringify(datum));
  await seedMetricData(endpoint, bodies.finish());
}

/** The whole document of one page load (the streamed rows and last-failure lines included), in ms. */
async function load(url: string): Promise<{ ms: number; rows: number }> {
  const started = performance.now();
  const response = await fetch(url);
  const html = await response.text();
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
  return { ms: performance.now() - started, rows: html.match(/<tr data-state-machine=/g)?.length ?? 0 };
}

async function measure(baseUrl: string, pathAndQuery: string, proxy: CountingProxy) {
  const times: number[] = [];
  let calls: Record<string, number> = {};
  let rows = 0;
  for (let run = 0; run <= RUNS; run++) {
    proxy.counts.clear();
    const result = await load(`${baseUrl}${pathAndQuery}`);
    if (run > 0) times.push(result.ms);
    if (run === RUNS) {
      calls = Object.fromEntries(proxy.counts);
      rows = result.rows;
    }
  }
  return { ms: spread(times), rows, calls };
}

/** Today's overview: the baseline commit in a worktree of its own, sharing this checkout's node_modules. */
async function startBaseline(endpoint: string, cleanups: (() => unknown)[]): Promise<NextServer> {
  const dir = mkdtempSync(path.join(tmpdir(), 'statescope-bench-baseline-'));
  execFileSync('git', ['worktree', 'add', '--detach', dir, BASELINE_COMMIT], { stdio: 'ignore' });
  cleanups.push(() => execFileSync('git', ['worktree', 'remove', '--force', dir], { stdio: 'ignore' }));
  // Hard links, not a symlink: Turbopack refuses a node_modules that resolves outside the project.
  if (!existsSync(path.join(dir, 'node_modules')))
    execFileSync('cp', ['-al', path.join(process.cwd(), 'node_modules'), path.join(dir, 'node_modules')]);
  return startBenchDashboard(endpoint, cleanups, { cwd: dir, logPrefix: 'baseline: ', alwaysBuild: true });
}

const environmentAtStart = benchEnvironment();
await withEmulatorSession('overview-at-scale', async ({ emulator, sfn, cleanups }) => {
  let seedStarted = performance.now();
  const names = Array.from({ length: MACHINES }, (_, index) => `fleet-${String(index).padStart(3, '0')}`);
  const arns: string[] = [];
  await inBatches(names, 25, async (name) => {
    const definition = Number(name.slice(-3)) % 10 === 3 ? FAIL : PASS;
    arns.push((await sfn.send(new CreateStateMachineCommand({ name, definition, roleArn: ROLE_ARN }))).stateMachineArn!);
  });
  arns.sort();
  const createSeconds = (performance.now() - seedStarted) / 1000;
  seedStarted = performance.now();
  const data = monthOfData(arns, Date.now());
  await seedMetrics(emulator.url, data);
  const metricSeedSeconds = (performance.now() - seedStarted) / 1000;
  // Real executions on a few machines, so the scan baseline has something to page through.
  seedStarted = performance.now();
  const starts = Array.from({ length: REAL_EXECUTIONS }, (_, index) => ({
    arn: arns[((index % REAL_MACHINES) * 10 + 3) % arns.length]!,
    name: `run-${index}`,
  }));
  await inBatches(starts, 8, ({ arn, name }) => sfn.send(new StartExecutionCommand({ stateMachineArn: arn, name, input: '{}' })));
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  const executionSeedSeconds = (performance.now() - seedStarted) / 1000;

  const proxy = await startCountingProxy(emulator.url);
  cleanups.unshift(() => proxy.close());
  const server = await startBenchDashboard(proxy.url, cleanups);

  const pages = {
    byName: '/?window=24h',
    sortedByFailures: '/?window=24h&sort=failures&dir=desc',
    filtered: '/?window=7d&q=fleet-04&sort=p99&dir=desc',
  };
  const metricsOverview = {
    byName: await measure(server.baseUrl, pages.byName, proxy),
    sortedByFailures: await measure(server.baseUrl, pages.sortedByFailures, proxy),
    filtered: await measure(server.baseUrl, pages.filtered, proxy),
    month: await measure(server.baseUrl, '/?window=30d&sort=volume&dir=desc', proxy),
  };

  let scanOverview: unknown = 'skipped (BENCH_BASELINE=0)';
  if (process.env.BENCH_BASELINE !== '0') {
    const baseline = await startBaseline(proxy.url, cleanups);
    // Today's overview has no window, filter or sort: every machine on one page, 24 h and 7 d columns.
    scanOverview = { commit: BASELINE_COMMIT, all: await measure(baseline.baseUrl, '/', proxy) };
  }

  console.log(
    JSON.stringify(
      {
        bench: 'overview-at-scale',
        environment: { atStart: environmentAtStart, atEnd: benchEnvironment() },
        stateMachines: MACHINES,
        seededMetricExecutions: EXECUTIONS,
        seededDatapoints: data.length,
        realExecutions: REAL_EXECUTIONS,
        seconds: {
          createMachines: Number(createSeconds.toFixed(1)),
          seedMetrics: Number(metricSeedSeconds.toFixed(1)),
          runExecutions: Number(executionSeedSeconds.toFixed(1)),
        },
        runs: RUNS,
        metricsOverview,
        scanOverview,
      },
      null,
      2,
    ),
  );
});
