// Cost review of the Express demo (odd-even-express, 2,000 executions in its CloudWatch Logs group)
// through the emulator's API with the real SDK: sampled cold (transitions of 300 runs read in one
// FilterLogEvents sweep), sampled warm (their histories from the execution index), exact cold (all 2,000),
// and, for comparison, the same 300 runs read one search per execution as the detail page does.
// Medians of RUNS runs with their min–max, each cold run with a fresh cache. Run: node --import tsx bench/cost-express.ts
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { SqliteExecutionIndexStore } from '../lib/execution-index/sqlite/sqlite-execution-index-store';
import { CountingHistoryCache } from '../lib/services/execution-index/counting-history-cache';
import { listExecutions } from '../lib/aws/list-executions';
import { readExpressExecutionRecords } from '../lib/aws/read-express-execution-records';
import { reviewStateMachineCost, type CostReviewOptions } from '../lib/services/review-state-machine-cost';
import { seedExpressDemo } from '../lib/demo/seed-express-demo';
import { startEmulator } from '../lib/emulator/start-emulator';
import { pointAwsAt } from './support/bench-aws';
import { benchEnvironment } from './support/bench-environment';
import { spread } from './support/median';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const REGION = 'us-east-1';

const range = ({ median, min, max }: { median: number; min: number; max: number }) => `${median} ms (${min}–${max})`;

async function main() {
  const environmentAtStart = benchEnvironment();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'statescope-bench-cost-express-'));
  const emulator = await startEmulator({ port: 0, host: '127.0.0.1', dataDir, timeScale: 0.01 });
  pointAwsAt(emulator.url);
  try {
    const setupStart = performance.now();
    const demo = await seedExpressDemo({ endpoint: emulator.url, region: REGION });
    const setupMs = Math.round(performance.now() - setupStart);
    const arn = demo.stateMachineArn;

    let cacheIndex = 0;
    const freshCache = () => new CountingHistoryCache(new SqliteExecutionIndexStore(path.join(dataDir, `index-${cacheIndex++}.db`)));
    const time = async (options: CostReviewOptions) => {
      const started = performance.now();
      const { review } = await reviewStateMachineCost(arn, options);
      return { ms: performance.now() - started, review };
    };

    const sampledCold: number[] = [];
    const sampledWarm: number[] = [];
    const exactCold: number[] = [];
    let last;
    for (let run = 0; run < RUNS; run++) {
      const cache = freshCache();
      sampledCold.push((await time({ cache })).ms);
      last = await time({ cache });
      sampledWarm.push(last.ms);
      exactCold.push((await time({ mode: 'exact', cache: freshCache() })).ms);
    }

    // The same 300 reads without the sweep: one FilterLogEvents search per execution, 8 at a time.
    const page = await listExecutions({ stateMachineArn: arn, maxResults: 1000 });
    const perExecution: number[] = [];
    for (let run = 0; run < Math.min(RUNS, 3); run++) {
      const chosen = page.executions.slice(run * 300, run * 300 + 300);
      let next = 0;
      const started = performance.now();
      await Promise.all(
        Array.from({ length: 8 }, async () => {
          while (next < chosen.length) {
            const execution = chosen[next++]!;
            await readExpressExecutionRecords(execution.arn, execution.startedAt);
          }
        }),
      );
      perExecution.push(performance.now() - started);
    }

    const review = last!.review;
    const result = {
      bench: 'cost-express',
      environment: { atStart: environmentAtStart, atEnd: benchEnvironment() },
      executions: review.executionCount,
      setupMs,
      runs: RUNS,
      sampledColdMs: spread(sampledCold),
      sampledWarmMs: spread(sampledWarm),
      exactColdMs: spread(exactCold),
      read300OneSearchEachMs: spread(perExecution),
      costUsd: Number(review.costUsd.estimate.toFixed(8)),
      gbSeconds: review.express?.gbSeconds,
      transitions: {
        estimate: Math.round(review.transitions.estimate),
        low: Math.round(review.transitions.low),
        high: Math.round(review.transitions.high),
      },
    };
    console.log(`seeded ${result.executions} Express executions in ${setupMs} ms`);
    console.log(
      `review of ${result.executions} Express executions, median (min–max) of ${RUNS}: sampled cold ${range(result.sampledColdMs)}, warm ${range(result.sampledWarmMs)}, exact cold ${range(result.exactColdMs)}`,
    );
    console.log(`reading the sample's 300 runs one search each (no sweep): ${range(result.read300OneSearchEachMs)}`);
    console.log(JSON.stringify(result));
  } finally {
    await emulator.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
