// The execution index at scale, end to end: BENCH_INDEX_EXECUTIONS (default 100,000) executions of
// the order-processing seed workflow with varied payloads (about 9% failing in four ways) run in the
// emulator (its own process), then `syncExecutionIndex` builds the index through the HTTP API with
// the real SDK, then 1,000 more executions are synced incrementally, then searches and failure groups
// are timed on the full index. Baselines in the same run: a bare read of every history with no index
// (the floor a sync cannot beat), and a json_extract scan for the same field condition.
// Prints one JSON object. Run: npm run bench -- execution-index-sync
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { loadavg, cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { CreateStateMachineCommand, ListExecutionsCommand, StartExecutionCommand, type SFNClient } from '@aws-sdk/client-sfn';
import Database from 'better-sqlite3';
import { ClientRateLimiter } from '@/lib/aws/client-rate-limiter';
import { createCostSfnCaller } from '@/lib/aws/cost-sfn-caller';
import { getExecutionHistoryPaced } from '@/lib/aws/get-execution-history-paced';
import { listExecutionsPagePaced } from '@/lib/aws/list-executions-page-paced';
import { parseSearchQuery } from '@/lib/execution-index/query/parse-search-query';
import { SqliteExecutionIndexStore } from '@/lib/execution-index/sqlite/sqlite-execution-index-store';
import { syncExecutionIndex } from '@/lib/services/execution-index/sync-execution-index';
import { benchSfnClient, pointAwsAt } from './support/bench-aws';
import { median } from './support/median';
import { startEmulatorProcess } from './support/start-emulator-process';

const EXECUTIONS = Number(process.env.BENCH_INDEX_EXECUTIONS ?? 100_000);
const INCREMENT = Number(process.env.BENCH_INDEX_INCREMENT ?? 1_000);
const START_CONCURRENCY = 48;
const SEARCH_RUNS = 40;
const REGION = 'us-east-1';
const ROLE_ARN = 'arn:aws:iam::123456789012:role/BenchRole';
const DEFINITION = readFileSync(new URL('../lib/seeds/definitions/order-processing.asl.json', import.meta.url), 'utf8');

const ITEMS = [
  { sku: 'MUG-CERAMIC-350', name: 'Ceramic mug', quantity: 2, unitPrice: 14.5 },
  { sku: 'TEA-SENCHA-100G', name: 'Sencha green tea', quantity: 1, unitPrice: 12.9 },
  { sku: 'KETTLE-GOOSENECK', name: 'Gooseneck kettle', quantity: 1, unitPrice: 64 },
  { sku: 'LAMP-DESK-OAK', name: 'Oak desk lamp', quantity: 1, unitPrice: 89 },
  { sku: 'BOOK-SOURDOUGH', name: 'The Sourdough Year', quantity: 1, unitPrice: 29.99 },
];
const HEADPHONES = { sku: 'HEADPHONES-ANC', name: 'Noise-cancelling headphones', quantity: 1, unitPrice: 199 };
const NAMES = ['Hannah Becker', 'Diego Fernández', 'Rosa Delgado', 'Wei Zhang', 'Samuel Mensah', 'Olivia Kowalski', 'Liam O’Connor'];

const orderId = (i: number) => `ORD-${String(1_000_000 + i)}`;

/** About 91% fulfilled; the rest fail four ways: declined (two cards), amount mismatch, sold out, retries exhausted. */
function orderInput(i: number): Record<string, unknown> {
  const kind = i % 100;
  const lines = kind === 7 ? [HEADPHONES] : [ITEMS[i % 5]!, ITEMS[(i * 3 + 1) % 5]!].slice(0, 1 + (i % 2));
  const amount = Math.round(lines.reduce((sum, line) => sum + line.unitPrice * 100 * line.quantity, 0)) / 100;
  const card = kind === 3 ? '0002' : kind === 5 ? '9995' : '4242';
  const name = NAMES[i % NAMES.length]!;
  return {
    orderId: orderId(i),
    customer: { name, email: `customer${i}@example.com`, phone: `555-${String(i % 10_000).padStart(4, '0')}` },
    items: lines,
    payment: { method: 'card', cardLast4: card, amount: kind === 11 ? amount + 1 : amount, currency: 'USD' },
    shippingAddress: { city: 'Portland', region: 'OR', postcode: '97205', country: 'US' },
    ...(kind === 13 || kind === 17 ? { simulateTransientFailures: kind === 13 ? 10 : 1 } : {}),
  };
}

async function mapConcurrently(count: number, concurrency: number, work: (i: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) await work(next++);
    }),
  );
}

async function waitUntilNoneRunning(sfn: SFNClient, stateMachineArn: string): Promise<void> {
  for (;;) {
    const page = await sfn.send(new ListExecutionsCommand({ stateMachineArn, statusFilter: 'RUNNING', maxResults: 1 }));
    if (!page.executions?.length) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

function percentile(values: number[], p: number): number {
  const sorted = values.slice().sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function timeRuns(runs: number, run: (i: number) => Promise<unknown>) {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await run(i);
    times.push(performance.now() - started);
  }
  const round = (ms: number) => Math.round(ms * 100) / 100;
  return {
    p50Ms: round(median(times)),
    p95Ms: round(percentile(times, 95)),
    minMs: round(Math.min(...times)),
    maxMs: round(Math.max(...times)),
  };
}

const unpaced = () => createCostSfnCaller({ region: REGION, limiter: new ClientRateLimiter({}) });

async function main() {
  const workDir = mkdtempSync(path.join(tmpdir(), 'statescope-bench-index-'));
  const emulator = await startEmulatorProcess(path.join(workDir, 'emulator'), ['--time-scale', '0.001']);
  pointAwsAt(emulator.url);
  const sfn = benchSfnClient(emulator.url);
  const indexFile = path.join(workDir, 'index.db');
  try {
    const { stateMachineArn } = await sfn.send(
      new CreateStateMachineCommand({ name: 'order-processing', definition: DEFINITION, roleArn: ROLE_ARN }),
    );
    const startMany = async (from: number, count: number) => {
      const started = performance.now();
      await mapConcurrently(count, START_CONCURRENCY, async (k) => {
        const i = from + k;
        await sfn.send(new StartExecutionCommand({ stateMachineArn, name: `order-${i}`, input: JSON.stringify(orderInput(i)) }));
      });
      await waitUntilNoneRunning(sfn, stateMachineArn!);
      return performance.now() - started;
    };

    const runMs = await startMany(0, EXECUTIONS);

    // Baseline: list every execution and read every history, nothing else (the sync's floor).
    const bareStarted = performance.now();
    const bareCaller = unpaced();
    let listed: string[] = [];
    let token: string | undefined;
    do {
      const page = await listExecutionsPagePaced(bareCaller, { stateMachineArn: stateMachineArn!, nextToken: token, maxResults: 1000 });
      listed = listed.concat(page.executions.map((e) => e.arn));
      token = page.nextToken;
    } while (token);
    await mapConcurrently(listed.length, 4, async (k) => {
      await getExecutionHistoryPaced(bareCaller, listed[k]!);
    });
    bareCaller.close();
    const bareReadMs = performance.now() - bareStarted;

    const store = new SqliteExecutionIndexStore(indexFile);
    const fullCaller = unpaced();
    const fullStarted = performance.now();
    const full = await syncExecutionIndex({ store, caller: fullCaller });
    const fullMs = performance.now() - fullStarted;
    const fullCalls = fullCaller.stats.calls;
    fullCaller.close();

    await startMany(EXECUTIONS, INCREMENT);
    const incCaller = unpaced();
    const incStarted = performance.now();
    const incremental = await syncExecutionIndex({ store, caller: incCaller });
    const incrementalMs = performance.now() - incStarted;
    const incrementalCalls = incCaller.stats.calls;
    incCaller.close();

    const stats = await store.stats();
    const sizeBytes = ['', '-wal'].reduce((sum, suffix) => {
      try {
        return sum + statSync(indexFile + suffix).size;
      } catch {
        return sum;
      }
    }, 0);

    const businessKey = await timeRuns(SEARCH_RUNS, (i) => store.search(parseSearchQuery(orderId((i * 2_477) % EXECUTIONS))));
    const fullText = await timeRuns(SEARCH_RUNS, (i) => store.search(parseSearchQuery(i % 2 ? 'declined' : '"insufficient funds"')));
    const fieldCondition = await timeRuns(SEARCH_RUNS, (i) => store.search(parseSearchQuery(`$.payment.amount > ${150 + (i % 10)}`)));
    const failureGroups = await timeRuns(10, () => store.failureGroups({}));
    const groups = await store.failureGroups({});

    // Baseline for the field condition: the same question as a json_extract scan of every input.
    const raw = new Database(indexFile, { readonly: true });
    // Wherever the store keeps the input text (its schema is its own business): the first plain table with an `input` column.
    const inputTable = (
      raw
        .prepare(
          `SELECT m.name FROM sqlite_master m WHERE m.type = 'table' AND m.sql NOT LIKE 'CREATE VIRTUAL%'
             AND EXISTS (SELECT 1 FROM pragma_table_info(m.name) WHERE name = 'input') ORDER BY m.name`,
        )
        .all() as { name: string }[]
    )[0]?.name;
    const scan = inputTable
      ? await timeRuns(10, async (i) =>
          raw
            .prepare(`SELECT COUNT(*) FROM ${inputTable} WHERE json_valid(input) AND json_extract(input, '$.payment.amount') > ?`)
            .get(150 + i),
        )
      : undefined;
    raw.close();
    await store.close();

    const result = {
      environment: { cpus: cpus().length, loadAverage: loadavg().map((l) => Math.round(l * 100) / 100), node: process.version },
      executions: EXECUTIONS,
      emulatorRunMs: Math.round(runMs),
      fullSync: {
        ms: Math.round(fullMs),
        executionsPerSecond: Math.round((full.new / fullMs) * 1000),
        indexed: full.new,
        apiCalls: fullCalls,
        ratioToBareHistoryRead: Math.round((fullMs / bareReadMs) * 100) / 100,
        bareHistoryReadMs: Math.round(bareReadMs),
      },
      incrementalSync: { newExecutions: incremental.new, ms: Math.round(incrementalMs), apiCalls: incrementalCalls },
      index: {
        executions: stats.executions,
        histories: stats.histories,
        bytes: sizeBytes,
        bytesPerExecution: Math.round(sizeBytes / stats.executions),
      },
      search: {
        businessKey,
        fullText,
        fieldCondition,
        fieldConditionJsonExtractScan: scan,
        fieldConditionRatioToScan: scan ? Math.round((fieldCondition.p50Ms / scan.p50Ms) * 1000) / 1000 : undefined,
      },
      failureGroups: {
        ...failureGroups,
        groups: groups.length,
        largest: groups.slice(0, 4).map((g) => ({ state: g.state, error: g.error, cause: g.cause, count: g.count })),
      },
    };
    console.log(JSON.stringify(result, null, 2));
  } finally {
    emulator.stop();
    rmSync(workDir, { recursive: true, force: true });
  }
}

await main();
