// Loading a month of AWS/States metrics into the emulator without running the executions: 1,000,000
// executions over 500 state machines and 30 days, each execution in its minute's datapoints (or its
// BENCH_RESOLUTION_MINUTES, e.g. 180 as bench/overview-at-scale.ts seeds)
// (ExecutionsStarted, its status metric, ExecutionTime with the distribution of its duration), sent
// through the emulator-only StatescopeEmulator.SeedMetricData in 4 MB calls. Baseline in the same run:
// running real executions through StartExecution (a Pass state, 16 concurrent SDK clients),
// extrapolated to the same count. Then the overview's read: GetMetricData for the 500 machines
// (started, failed, p99 ExecutionTime; one datapoint a day over 30 days), 500 queries a call.
// Prints one JSON object. Run: npm run bench -- emulator-metric-seeding
// BENCH_ROUNDS (default 3), BENCH_EXECUTIONS (default 1,000,000), BENCH_MACHINES (500),
// BENCH_BASELINE_EXECUTIONS (default 2,000), BENCH_RESOLUTION_MINUTES (default 1).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { CloudWatchClient, GetMetricDataCommand, type MetricDataQuery } from '@aws-sdk/client-cloudwatch';
import { CreateStateMachineCommand, StartExecutionCommand } from '@aws-sdk/client-sfn';
import { startEmulator } from '../lib/emulator/start-emulator';
import { benchSfnClient } from './support/bench-aws';
import { benchEnvironment } from './support/bench-environment';
import { spread } from './support/median';
import { metricDataBodies, seedMetricData } from './support/seed-metric-data';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const EXECUTIONS = Number(process.env.BENCH_EXECUTIONS ?? 1_000_000);
const MACHINES = Number(process.env.BENCH_MACHINES ?? 500);
const BASELINE_EXECUTIONS = Number(process.env.BENCH_BASELINE_EXECUTIONS ?? 2_000);
const DAYS = 30;
const RESOLUTION_MINUTES = Number(process.env.BENCH_RESOLUTION_MINUTES ?? 1);
const MINUTE = 60_000;
const credentials = { accessKeyId: 'bench', secretAccessKey: 'bench' };
const arnOf = (i: number) => `arn:aws:states:us-east-1:123456789012:stateMachine:bench-${String(i).padStart(3, '0')}`;

/** A deterministic generator, so every round seeds the same data. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

/** The request bodies: one datum per machine, minute and metric, sized under the 4 MB body limit. */
function seedBodies(nowMs: number): { bodies: string[]; data: number } {
  const next = random(14);
  const startMs = Math.floor((nowMs - DAYS * 86_400_000) / MINUTE) * MINUTE;
  const minutes = Math.floor((DAYS * 1_440) / RESOLUTION_MINUTES);
  const bodies = metricDataBodies();
  let data = 0;
  const push = (datum: string) => {
    bodies.push(datum);
    data += 1;
  };
  for (let m = 0; m < MACHINES; m += 1) {
    const arn = arnOf(m);
    const perMinute = new Map<number, { ok: number; failed: number; durations: Map<number, number> }>();
    for (let e = 0; e < EXECUTIONS / MACHINES; e += 1) {
      const minute = Math.floor(next() * minutes);
      const cell = perMinute.get(minute) ?? { ok: 0, failed: 0, durations: new Map<number, number>() };
      if (next() < 0.03) cell.failed += 1;
      else cell.ok += 1;
      const duration = Math.round(200 + next() ** 3 * 20_000);
      cell.durations.set(duration, (cell.durations.get(duration) ?? 0) + 1);
      perMinute.set(minute, cell);
    }
    for (const [minute, cell] of perMinute) {
      const at = (startMs + minute * RESOLUTION_MINUTES * MINUTE) / 1000;
      const started = cell.ok + cell.failed;
      const head = `{"StateMachineArn":"${arn}","Timestamp":${at},"MetricName":`;
      push(`${head}"ExecutionsStarted","Values":[1,0],"Counts":[${started},${started}]}`);
      if (cell.ok) push(`${head}"ExecutionsSucceeded","Values":[1],"Counts":[${cell.ok}]}`);
      if (cell.failed) push(`${head}"ExecutionsFailed","Values":[1],"Counts":[${cell.failed}]}`);
      push(
        `${head}"ExecutionTime","Values":[${[...cell.durations.keys()].join(',')}],"Counts":[${[...cell.durations.values()].join(',')}]}`,
      );
    }
  }
  return { bodies: bodies.finish(), data };
}

async function readOverview(url: string, nowMs: number): Promise<{ ms: number; calls: number; started: number }> {
  const cloudWatch = new CloudWatchClient({ endpoint: url, region: 'us-east-1', credentials });
  const queries: MetricDataQuery[] = [];
  for (let m = 0; m < MACHINES; m += 1) {
    const metric = (MetricName: string) => ({
      Namespace: 'AWS/States',
      MetricName,
      Dimensions: [{ Name: 'StateMachineArn', Value: arnOf(m) }],
    });
    queries.push({ Id: `s${m}`, MetricStat: { Metric: metric('ExecutionsStarted'), Period: 86_400, Stat: 'Sum' } });
    queries.push({ Id: `f${m}`, MetricStat: { Metric: metric('ExecutionsFailed'), Period: 86_400, Stat: 'Sum' } });
    queries.push({ Id: `p${m}`, MetricStat: { Metric: metric('ExecutionTime'), Period: 86_400, Stat: 'p99' } });
  }
  const began = performance.now();
  let calls = 0;
  let started = 0;
  for (let i = 0; i < queries.length; i += 500) {
    let token: string | undefined;
    do {
      const answer = await cloudWatch.send(
        new GetMetricDataCommand({
          MetricDataQueries: queries.slice(i, i + 500),
          StartTime: new Date(nowMs - DAYS * 86_400_000),
          EndTime: new Date(nowMs + MINUTE),
          NextToken: token,
        }),
      );
      calls += 1;
      for (const r of answer.MetricDataResults ?? []) if (r.Id?.startsWith('s')) started += (r.Values ?? []).reduce((a, b) => a + b, 0);
      token = answer.NextToken;
    } while (token);
  }
  return { ms: performance.now() - began, calls, started };
}

async function runExecutions(url: string): Promise<number> {
  const sfn = benchSfnClient(url);
  const definition = JSON.stringify({ StartAt: 'Done', States: { Done: { Type: 'Pass', End: true } } });
  const { stateMachineArn } = await sfn.send(
    new CreateStateMachineCommand({ name: 'baseline', definition, roleArn: 'arn:aws:iam::123456789012:role/Bench' }),
  );
  let next = 0;
  const began = performance.now();
  await Promise.all(
    Array.from({ length: 16 }, async () => {
      while (next < BASELINE_EXECUTIONS) {
        next += 1;
        await sfn.send(new StartExecutionCommand({ stateMachineArn }));
      }
    }),
  );
  return performance.now() - began;
}

async function main(): Promise<void> {
  const seedSeconds: number[] = [];
  const overviewMs: number[] = [];
  const baselineSeconds: number[] = [];
  let shape = { data: 0, calls: 0, overviewCalls: 0, startedCounted: 0 };
  for (let round = 0; round < ROUNDS; round += 1) {
    const dir = mkdtempSync(path.join(tmpdir(), 'statescope-bench-seed-'));
    const emulator = await startEmulator({ port: 0, dataDir: dir });
    try {
      const nowMs = Date.now();
      const { bodies, data } = seedBodies(nowMs);
      const began = performance.now();
      await seedMetricData(emulator.url, bodies);
      seedSeconds.push((performance.now() - began) / 1000);
      const overview = await readOverview(emulator.url, nowMs);
      overviewMs.push(overview.ms);
      shape = { data, calls: bodies.length, overviewCalls: overview.calls, startedCounted: overview.started };
      const ran = await runExecutions(emulator.url);
      await emulator.whenIdle();
      baselineSeconds.push(((ran / BASELINE_EXECUTIONS) * EXECUTIONS) / 1000);
    } finally {
      await emulator.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }
  console.log(
    JSON.stringify(
      {
        environment: benchEnvironment(),
        workload: {
          executions: EXECUTIONS,
          machines: MACHINES,
          days: DAYS,
          resolutionMinutes: RESOLUTION_MINUTES,
          rounds: ROUNDS,
          ...shape,
        },
        seedMetricDataSeconds: spread(seedSeconds, 2),
        baselineRunExecutionsSecondsExtrapolated: { ...spread(baselineSeconds, 2), measuredOn: BASELINE_EXECUTIONS },
        overviewGetMetricDataMs: spread(overviewMs, 2),
      },
      null,
      2,
    ),
  );
}

await main();
