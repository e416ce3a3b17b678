// Express seeding and reading, as the demo and the dashboard do it: the Express odd/even demo seeds
// BENCH_EXPRESS_EXECUTIONS synchronous starts into the in-process emulator (logging ALL with data),
// then the adapter lists the first page from CloudWatch Logs, describes one execution and reads its
// history. Prints one JSON object with seconds and rates.
// Run: node --import tsx bench/express-logs.ts
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { resetAwsClients } from '@/lib/aws/clients';
import { describeExecution } from '@/lib/aws/describe-execution';
import { getExecutionHistory } from '@/lib/aws/get-execution-history';
import { listExecutions } from '@/lib/aws/list-executions';
import { seedExpressDemo } from '@/lib/demo/seed-express-demo';
import { startEmulator } from '@/lib/emulator/start-emulator';
import { benchEnvironment } from './support/bench-environment';
import { pointAwsAt } from './support/bench-aws';

const EXECUTIONS = Number(process.env.BENCH_EXPRESS_EXECUTIONS ?? 2000);

const dataDir = mkdtempSync(path.join(tmpdir(), 'statescope-bench-express-'));
const emulator = await startEmulator({ port: 0, host: '127.0.0.1', dataDir, timeScale: 0.01 });
pointAwsAt(emulator.url);

try {
  let t = performance.now();
  const seeded = await seedExpressDemo({ endpoint: emulator.url, region: 'us-east-1', count: EXECUTIONS });
  const seedSeconds = (performance.now() - t) / 1000;

  t = performance.now();
  const page = await listExecutions({ stateMachineArn: seeded.stateMachineArn, maxResults: 100 });
  const listMs = performance.now() - t;
  t = performance.now();
  const detail = await describeExecution(seeded.failedExecutionArn!);
  const history = await getExecutionHistory(seeded.failedExecutionArn!);
  const describeAndHistoryMs = performance.now() - t;

  console.log(
    JSON.stringify(
      {
        bench: 'express-logs',
        environment: benchEnvironment(),
        executions: seeded.executions,
        failed: seeded.failed,
        seedSeconds: Number(seedSeconds.toFixed(2)),
        executionsPerSecond: Math.round(seeded.executions / seedSeconds),
        firstPage: page.executions.length,
        listFirstPageMs: Math.round(listMs),
        failedStatus: detail.status,
        historyEvents: history.length,
        describeAndHistoryMs: Math.round(describeAndHistoryMs),
      },
      null,
      2,
    ),
  );
} finally {
  resetAwsClients();
  await emulator.close();
  rmSync(dataDir, { recursive: true, force: true });
}
