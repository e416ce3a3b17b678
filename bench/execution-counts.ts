// The data layer of the overview at production volume: readExecutionCounts for 500 state machines
// over 24 h, 7 d and 30 d, from a month of AWS/States metrics for 1,000,000 executions (loaded with
// the emulator-only StatescopeEmulator.SeedMetricData, so no execution has to run), against today's
// ListExecutions scan of the same machines in the same run (the service with CloudWatch unavailable:
// one page of the newest 1,000 per machine, 4 machines at once). Reports API calls and time (median,
// min–max of BENCH_RUNS, default 3), and the started executions each source counted.
// Run: npm run bench -- execution-counts   (BENCH_MACHINES, BENCH_EXECUTIONS, BENCH_RUNS)
import { performance } from 'node:perf_hooks';
import { CreateStateMachineCommand, StartExecutionCommand } from '@aws-sdk/client-sfn';
import type { MetricDataOutcome } from '../lib/metrics/metric-data';
import type { MachineRef, WindowPreset } from '../lib/metrics/types';
import { DEFAULT_COUNT_SOURCES, type CountSources } from '../lib/services/execution-counts/count-sources';
import { readExecutionCounts } from '../lib/services/execution-counts/read-execution-counts';
import { pointAwsAt } from './support/bench-aws';
import { benchEnvironment } from './support/bench-environment';
import { withEmulatorSession } from './support/emulator-session';
import { spread } from './support/median';
import { metricDataBodies, seedMetricData } from './support/seed-metric-data';

const MACHINES = Number(process.env.BENCH_MACHINES ?? 500);
const EXECUTIONS = Number(process.env.BENCH_EXECUTIONS ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
/** Real executions per machine, so the scan baseline lists something (metrics are seeded, not run). */
const REAL_PER_MACHINE = 2;
const DAYS = 30;
const HOUR_MS = 3_600_000;
const WINDOWS: WindowPreset[] = ['24h', '7d', '30d'];
const ROLE = 'arn:aws:iam::123456789012:role/bench';
const PASS = JSON.stringify({ StartAt: 'Done', States: { Done: { Type: 'Pass', End: true } } });

function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

/** SeedMetricData bodies: each machine's share of EXECUTIONS over the last 30 days, per hour, 5 % failed. */
function seedBodies(arns: readonly string[], nowMs: number): { bodies: string[]; seeded: number } {
  const next = random(14);
  const firstHourMs = Math.floor((nowMs - DAYS * 86_400_000) / HOUR_MS) * HOUR_MS;
  const hours = DAYS * 24;
  const bodies = metricDataBodies();
  const push = (datum: string) => bodies.push(datum);
  let seeded = 0;
  arns.forEach((arn, m) => {
    const share = Math.floor(EXECUTIONS / arns.length) + (m < EXECUTIONS % arns.length ? 1 : 0);
    const perHour = new Array<number>(hours).fill(0);
    for (let i = 0; i < share; i++) perHour[Math.floor(next() * hours)]! += 1;
    perHour.forEach((started, hour) => {
      if (started === 0) return;
      const failed = Math.round(started * 0.05 * next() * 2);
      const ok = started - Math.min(failed, started);
      const at = (firstHourMs + hour * HOUR_MS) / 1000;
      const head = `{"StateMachineArn":"${arn}","Timestamp":${at},"MetricName":`;
      push(`${head}"ExecutionsStarted","Values":[1],"Counts":[${started}]}`);
      if (ok) push(`${head}"ExecutionsSucceeded","Values":[1],"Counts":[${ok}]}`);
      if (started - ok) push(`${head}"ExecutionsFailed","Values":[1],"Counts":[${started - ok}]}`);
      push(`${head}"ExecutionTime","Values":[250,1200,9000],"Counts":[${Math.max(1, started - 2)},1,1]}`);
      seeded += started;
    });
  });
  return { bodies: bodies.finish(), seeded };
}

/** Emulator-only: moves a closed execution into the past (retried while it is still finishing). */
async function backdate(url: string, executionArn: string, startMs: number): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': 'StatescopeEmulator.BackdateExecution' },
      body: JSON.stringify({ ExecutionArn: executionArn, StartDate: startMs / 1000 }),
    });
    if (response.ok) return;
    if (attempt > 50) throw new Error(`BackdateExecution answered ${response.status}: ${(await response.text()).slice(0, 300)}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const noIndex: CountSources['openIndex'] = async () => ({ unavailable: 'bench: no index' });
const denied = async (): Promise<MetricDataOutcome> => ({
  ok: false,
  calls: 0,
  failure: { reason: 'denied', problem: { kind: 'access-denied', message: 'bench: CloudWatch unavailable', hint: '' } },
});

async function measure(machines: MachineRef[], preset: WindowPreset, sources: CountSources) {
  const times: number[] = [];
  let calls = { getMetricData: 0, listExecutions: 0 };
  let started = 0;
  let sources_: string[] = [];
  for (let run = 0; run <= RUNS; run++) {
    const t0 = performance.now();
    const result = await readExecutionCounts({ machines, window: { preset }, now: new Date() }, sources);
    const ms = performance.now() - t0;
    if (run === 0) continue; // warm-up
    times.push(ms);
    calls = result.apiCalls;
    started = result.machines.reduce((sum, machine) => sum + (machine.counts.started ?? 0), 0);
    sources_ = [...new Set(result.machines.map((machine) => machine.source.kind))];
  }
  return {
    ms: spread(times),
    calls,
    started,
    sources: sources_,
  };
}

async function main(): Promise<void> {
  await withEmulatorSession('counts', async ({ emulator, sfn }) => {
    pointAwsAt(emulator.url);
    const machines: MachineRef[] = [];
    const realArns: string[] = [];
    for (let i = 0; i < MACHINES; i++) {
      const name = `counts-${String(i).padStart(3, '0')}`;
      const out = await sfn.send(new CreateStateMachineCommand({ name, definition: PASS, roleArn: ROLE }));
      machines.push({ arn: out.stateMachineArn ?? '', name, type: 'STANDARD' });
      for (let e = 0; e < REAL_PER_MACHINE; e++) {
        const started = await sfn.send(new StartExecutionCommand({ stateMachineArn: out.stateMachineArn, input: '{}' }));
        realArns.push(started.executionArn ?? '');
      }
    }
    // Two hours back, so every window (whose end is rounded down to CloudWatch's period) holds them.
    for (const [i, executionArn] of realArns.entries()) await backdate(emulator.url, executionArn, Date.now() - 2 * HOUR_MS - i * 1000);
    const seedStart = performance.now();
    const { bodies, seeded } = seedBodies(
      machines.map((machine) => machine.arn),
      Date.now(),
    );
    await seedMetricData(emulator.url, bodies);
    const seedMs = Math.round(performance.now() - seedStart);

    const results: Record<string, unknown> = {};
    for (const preset of WINDOWS) {
      results[preset] = {
        metrics: await measure(machines, preset, { ...DEFAULT_COUNT_SOURCES, openIndex: noIndex }),
        scanBaseline: await measure(machines, preset, { ...DEFAULT_COUNT_SOURCES, openIndex: noIndex, getMetricData: denied }),
      };
    }
    console.log(
      JSON.stringify(
        {
          bench: 'execution-counts',
          environment: benchEnvironment(),
          machines: MACHINES,
          seededExecutions: seeded,
          realExecutions: MACHINES * REAL_PER_MACHINE,
          seed: { calls: bodies.length, ms: seedMs },
          runs: RUNS,
          results,
          note: 'scanBaseline = today\u2019s ListExecutions scan (one page of the newest 1,000 per machine); it sees only the real executions, since seeded metrics are not executions: at 2,000 executions a machine a month its pages would be full and its 7 d / 30 d counts capped.',
        },
        null,
        2,
      ),
    );
  });
}

await main();
