// Cost review over 10,000 executions of a tiny Map-of-Pass state machine (1–5 transitions each), through the emulator's API
// with the real SDK: cold (every history read over HTTP), warm (from the execution index's histories) and
// sampled (the default beyond 500 executions). The emulator throttles the read APIs with token
// buckets (AWS's shape, faster refill so the run is short) and the client paces itself a little
// faster than that on purpose, so ThrottlingException does happen and must be retried, never surfaced.
// The cold exact review reads every history at the server's throttled rate (about 20 s), so it runs
// once; the warm one runs WARM_RUNS times and is reported as median and min–max.
// Prints a table and one JSON object. Run: node --import tsx bench/cost-review.ts
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { CreateStateMachineCommand, StartExecutionCommand, type SFNClient } from '@aws-sdk/client-sfn';
import { ClientRateLimiter, type ApiQuota } from '../lib/aws/client-rate-limiter';
import { createCostSfnCaller } from '../lib/aws/cost-sfn-caller';
import { SqliteExecutionIndexStore } from '../lib/execution-index/sqlite/sqlite-execution-index-store';
import { CountingHistoryCache } from '../lib/services/execution-index/counting-history-cache';
import { reviewStateMachineCost, type CostReviewOptions } from '../lib/services/review-state-machine-cost';
import { startEmulator } from '../lib/emulator/start-emulator';
import { benchSfnClient, pointAwsAt } from './support/bench-aws';
import { benchEnvironment } from './support/bench-environment';
import { median, spread } from './support/median';

const EXECUTIONS = Number(process.env.BENCH_EXECUTIONS ?? 10_000);
const WARM_RUNS = Number(process.env.BENCH_RUNS ?? 5);
const START_CONCURRENCY = 32;
const READ_CONCURRENCY = 16;
const REGION = 'us-east-1';
// Server buckets: AWS's bucket sizes with a faster refill (GetExecutionHistory 400/20 → 400/500 per s),
// below what the client could otherwise send (~650 histories/s in this process), so it does bind.
const SERVER_THROTTLE = {
  GetExecutionHistory: { bucket: 400, refillPerSecond: 500 },
  ListExecutions: { bucket: 200, refillPerSecond: 100 },
  DescribeStateMachine: { bucket: 200, refillPerSecond: 500 },
};
// The client believes in a 10 % higher refill than the server gives, so it overruns now and then.
const CLIENT_QUOTAS: Record<string, ApiQuota> = {
  GetExecutionHistory: { burst: 400, ratePerSecond: 550 },
  ListExecutions: { burst: 200, ratePerSecond: 110 },
  DescribeStateMachine: { burst: 200, ratePerSecond: 550 },
};

async function createExecutions(sfn: SFNClient): Promise<string> {
  const { stateMachineArn } = await sfn.send(
    new CreateStateMachineCommand({
      name: 'bench-pass',
      roleArn: 'arn:aws:iam::123456789012:role/BenchRole',
      // A Map of Pass states over 0–4 items: 1–5 transitions, so a sample has something to estimate.
      definition: JSON.stringify({
        StartAt: 'EachItem',
        States: {
          EachItem: {
            Type: 'Map',
            ItemsPath: '$.items',
            Iterator: { StartAt: 'Touch', States: { Touch: { Type: 'Pass', End: true } } },
            End: true,
          },
        },
      }),
    }),
  );
  let next = 0;
  await Promise.all(
    Array.from({ length: START_CONCURRENCY }, async () => {
      while (next < EXECUTIONS) {
        const index = next++;
        const items = Array.from({ length: index % 5 }, (_, item) => item);
        await sfn.send(new StartExecutionCommand({ stateMachineArn, name: `run-${index}`, input: JSON.stringify({ items }) }));
      }
    }),
  );
  return stateMachineArn!;
}

async function timeReview(label: string, arn: string, options: CostReviewOptions, quotas: Record<string, ApiQuota> = CLIENT_QUOTAS) {
  const caller = createCostSfnCaller({ region: REGION, limiter: new ClientRateLimiter(quotas), retry: { baseDelayMs: 50 } });
  const started = performance.now();
  const { review, apiCalls } = await reviewStateMachineCost(arn, { ...options, caller, concurrency: READ_CONCURRENCY });
  const wallMs = performance.now() - started;
  caller.close();
  return {
    label,
    wallMs: Math.round(wallMs),
    mode: review.mode,
    historiesRead: review.measuredCount,
    apiCalls: apiCalls.calls,
    getExecutionHistoryCalls: apiCalls.byAction.GetExecutionHistory ?? 0,
    throttledAndRetried: apiCalls.throttled,
    throttlingSurfaced: apiCalls.throttledSurfaced,
    transitions: review.transitions,
    costUsd: Number(review.costUsd.estimate.toFixed(6)),
  };
}

async function main() {
  const environmentAtStart = benchEnvironment();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'statescope-bench-cost-'));
  const emulator = await startEmulator({ port: 0, dataDir, timeScale: 0.001, throttle: SERVER_THROTTLE });
  pointAwsAt(emulator.url);
  const sfn = benchSfnClient(emulator.url);
  const openCache = (name: string) => new CountingHistoryCache(new SqliteExecutionIndexStore(path.join(dataDir, name)));
  const cache = openCache('index.db');
  const sampleCache = openCache('sample.db');
  const unpacedCache = openCache('unpaced.db');
  try {
    const setupStart = performance.now();
    const arn = await createExecutions(sfn);
    await emulator.whenIdle();
    const setupMs = Math.round(performance.now() - setupStart);

    const cold = await timeReview('exact, cold (API)', arn, { mode: 'exact', cache });
    const warmRuns = [];
    for (let run = 0; run < WARM_RUNS; run++) warmRuns.push(await timeReview('exact, warm (cache)', arn, { mode: 'exact', cache }));
    const warmMs = warmRuns.map((run) => run.wallMs);
    // The table shows the warm run of median time.
    const warm = warmRuns.toSorted((a, b) => a.wallMs - b.wallMs)[Math.floor(WARM_RUNS / 2)]!;
    const sampled = await timeReview('sampled (300), cold', arn, { mode: 'auto', cache: sampleCache });
    // Worst case: no client pacing at all, 16 readers against the server's bucket; only back-off helps.
    const unpaced = await timeReview('exact, cold, unpaced', arn, { mode: 'exact', cache: unpacedCache }, {});
    const rows = [cold, warm, sampled, unpaced];
    const truth = cold.transitions.estimate;

    console.log(`created ${EXECUTIONS} executions in ${setupMs} ms (${START_CONCURRENCY} concurrent StartExecution)`);
    console.log('review                  wall ms   histories  API calls  GetExecutionHistory  throttled+retried  surfaced  transitions');
    for (const row of rows) {
      const transitions =
        row.mode === 'exact'
          ? String(row.transitions.estimate)
          : `${Math.round(row.transitions.estimate)} [${Math.round(row.transitions.low)}, ${Math.round(row.transitions.high)}]`;
      console.log(
        `${row.label.padEnd(23)} ${String(row.wallMs).padStart(7)}  ${String(row.historiesRead).padStart(10)}  ${String(row.apiCalls).padStart(9)}  ${String(row.getExecutionHistoryCalls).padStart(19)}  ${String(row.throttledAndRetried).padStart(17)}  ${String(row.throttlingSurfaced).padStart(8)}  ${transitions}`,
      );
    }
    // What the same reads take at AWS's real GetExecutionHistory quota (400 burst, 20/s), by arithmetic.
    const awsExactSeconds = Math.max(0, EXECUTIONS - 400) / 20;
    console.log(
      `at AWS's GetExecutionHistory quota (400 burst, 20/s): exact cold ≥ ${awsExactSeconds} s; sampled (300 ≤ burst) ≈ the round trips of 300 calls`,
    );
    console.log(
      JSON.stringify({
        bench: 'cost-review',
        environment: { atStart: environmentAtStart, atEnd: benchEnvironment() },
        executions: EXECUTIONS,
        setupMs,
        warmMs: spread(warmMs),
        warmSpeedup: Number((cold.wallMs / Math.max(1, median(warmMs))).toFixed(1)),
        sampledIntervalCoversTruth: sampled.transitions.low <= truth && truth <= sampled.transitions.high,
        awsQuotaExactColdSecondsAtLeast: awsExactSeconds,
        runs: rows,
      }),
    );
  } finally {
    await Promise.all([cache, sampleCache, unpacedCache].map((opened) => opened.store.close()));
    sfn.destroy();
    await emulator.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
