// The SQLite execution index at 100,000 executions (BENCH_EXECUTIONS) shaped like the demo order
// workflow (order id and amount, customer, items; about 8 % failing in four ways, over 30 days),
// generated directly as IndexedExecution records: put throughput in pages of 1,000 (as a sync commits
// them), file size per execution, search p50/p95 for a business key, a full-text term and a field
// condition, and failure groups; each against a naive scan of the same rows in the same file
// (LIKE and json_extract over every row), as a ratio. Goal: p95 under 100 ms for the searches.
// Run: node --import tsx bench/execution-index-store.ts
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import type { ExecutionQuery, IndexedExecution } from '../lib/execution-index/types';
import { SqliteExecutionIndexStore } from '../lib/execution-index/sqlite/sqlite-execution-index-store';
import { benchEnvironment } from './support/bench-environment';
import { median } from './support/median';

const EXECUTIONS = Number(process.env.BENCH_EXECUTIONS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 41);
const PAGE = 1000;
const SOURCE = 'https://states.us-east-1.amazonaws.com';
const MACHINES = ['order-processing', 'order-refunds', 'order-returns', 'order-invoices'].map(
  (name) => `arn:aws:states:us-east-1:123456789012:stateMachine:${name}`,
);
const T0 = Date.UTC(2026, 10, 1);
const SPAN_MS = 30 * 86_400_000;
const CITIES = ['Portland', 'Lyon', 'Osaka', 'Curitiba', 'Leeds', 'Graz', 'Tartu', 'Perth'];
const SURNAMES = ['Becker', 'Fernández', 'Al-Sayed', 'Nakamura', 'Okafor', 'Müller', 'Kowalski', 'Silva', 'Dubois', 'Haddad'];
const SKUS = ['MUG-CERAMIC-350', 'TEA-SENCHA-100G', 'KETTLE-GOOSENECK', 'BOOK-SOURDOUGH', 'LAMP-DESK-OAK', 'HEADPHONES-ANC'];

/** A small deterministic generator, so every run indexes the same records. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return state / 2 ** 32;
  };
}

const orderId = (i: number) => `ORD-${String(100_000 + i).padStart(7, '0')}`;

/** Roughly one in twelve fails: declined payments, out of stock, shipping timeouts, a caught Lambda error. */
function failureOf(roll: number): Partial<IndexedExecution> {
  if (roll < 0.03)
    return {
      status: 'FAILED',
      failingState: 'PaymentDeclined',
      error: 'States.TaskFailed',
      cause: 'Card declined: insufficient funds',
      normalizedCause: 'Card declined: insufficient funds',
      rootCause: { state: 'VerifyPayment', error: 'PaymentDeclined', message: 'Card declined: insufficient funds' },
    };
  if (roll < 0.05)
    return {
      status: 'FAILED',
      failingState: 'ReserveStock',
      error: 'OutOfStock',
      cause: 'SKU out of stock',
      normalizedCause: 'SKU out of stock',
    };
  if (roll < 0.065)
    return {
      status: 'TIMED_OUT',
      failingState: 'ShipOrder',
      error: 'States.Timeout',
      cause: 'Carrier did not answer',
      normalizedCause: 'Carrier did not answer',
    };
  if (roll < 0.08)
    return {
      status: 'FAILED',
      failingState: 'NotifyFailed',
      error: 'States.Runtime',
      cause: 'Upstream gateway timeout after 30000 ms',
      normalizedCause: 'Upstream gateway timeout after <n> ms',
      rootCause: { state: 'SendConfirmation', error: 'Lambda.Unknown', message: 'Upstream gateway timeout after 30000 ms' },
    };
  return { status: 'SUCCEEDED' };
}

function generate(i: number): IndexedExecution {
  const next = random(i + 1);
  const machine = MACHINES[i % MACHINES.length] ?? '';
  const startedAt = new Date(T0 + Math.floor((i / EXECUTIONS) * SPAN_MS));
  const items = Array.from({ length: 1 + Math.floor(next() * 4) }, () => ({
    sku: SKUS[Math.floor(next() * SKUS.length)],
    quantity: 1 + Math.floor(next() * 3),
    unitPrice: Math.round(next() * 20_000) / 100,
  }));
  const amount = Math.round(items.reduce((sum, item) => sum + item.quantity * item.unitPrice, 0) * 100) / 100;
  const surname = SURNAMES[Math.floor(next() * SURNAMES.length)];
  const input = JSON.stringify({
    order: { id: orderId(i), amount, currency: 'USD' },
    customer: { id: `CUS-${Math.floor(next() * 20_000)}`, name: `Customer ${surname}`, tier: next() < 0.2 ? 'gold' : 'standard' },
    items,
    shippingAddress: { city: CITIES[Math.floor(next() * CITIES.length)], country: 'US' },
  });
  const failure = failureOf(next());
  const succeeded = failure.status === 'SUCCEEDED';
  const output = succeeded ? JSON.stringify({ orderId: orderId(i), charged: amount, confirmation: `CONF-${i}` }) : undefined;
  return {
    source: SOURCE,
    executionArn: `${machine.replace(':stateMachine:', ':execution:')}:${orderId(i)}`,
    stateMachineArn: machine,
    stateMachineName: machine.split(':').at(-1) ?? '',
    workflowType: 'STANDARD',
    name: orderId(i),
    status: 'SUCCEEDED',
    startedAt,
    stoppedAt: new Date(startedAt.getTime() + 800 + Math.floor(next() * 4000)),
    redriveCount: 0,
    input: { text: input, bytes: input.length, truncated: false },
    ...(output ? { output: { text: output, bytes: output.length, truncated: false } } : {}),
    transitions: 9,
    costUsd: 0.000225,
    visits: ['VerifyPayment', 'ReserveStock', 'ShipOrder', 'SendConfirmation'].map((state) => ({
      state,
      scope: '',
      status: 'succeeded' as const,
      retries: 0,
      durationMs: 120,
    })),
    indexedAt: new Date(T0 + SPAN_MS),
    ...failure,
  };
}

/** p50, p95 and the range of `RUNS` timings of `run`, each given its run number. */
async function time(run: (n: number) => unknown): Promise<{ p50: number; p95: number; min: number; max: number; hits: number }> {
  const times: number[] = [];
  let hits = 0;
  for (let n = 0; n < RUNS; n++) {
    const started = performance.now();
    const result = await run(n);
    times.push(performance.now() - started);
    hits = typeof result === 'number' ? result : hits;
  }
  times.sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms * 100) / 100;
  return {
    p50: round(median(times)),
    p95: round(times[Math.min(times.length - 1, Math.ceil(times.length * 0.95) - 1)] ?? 0),
    min: round(times[0] ?? 0),
    max: round(times.at(-1) ?? 0),
    hits,
  };
}

async function main() {
  const environmentAtStart = benchEnvironment();
  const dir = mkdtempSync(path.join(tmpdir(), 'statescope-bench-index-'));
  const file = path.join(dir, 'index.db');
  try {
    let store = new SqliteExecutionIndexStore(file);
    const putStarted = performance.now();
    let generateMs = 0;
    for (let start = 0; start < EXECUTIONS; start += PAGE) {
      const generated = performance.now();
      const page = Array.from({ length: Math.min(PAGE, EXECUTIONS - start) }, (_, k) => generate(start + k));
      generateMs += performance.now() - generated;
      await store.putExecutions(page);
    }
    const putMs = performance.now() - putStarted - generateMs;
    // Closing checkpoints the write-ahead log into the file, so its size is the index's.
    await store.close();
    const bytes = statSync(file).size;
    store = new SqliteExecutionIndexStore(file);
    const raw = new Database(file, { readonly: true });

    const key = (n: number) => orderId(Math.floor(((n * 7919) % 997) * (EXECUTIONS / 997)));
    const search = (query: ExecutionQuery) => store.search(query).then((page) => page.total);
    const naive = (where: string, ...params: unknown[]) => {
      const rows = 'executions e JOIN execution_bodies b ON b.id = e.id';
      const { n } = raw.prepare(`SELECT count(*) AS n FROM ${rows} WHERE ${where}`).get(...params) as { n: number };
      raw.prepare(`SELECT * FROM ${rows} WHERE ${where} ORDER BY e.started_at_ms DESC LIMIT 50`).all(...params);
      return n;
    };

    const businessKey = await time((n) => search({ source: SOURCE, text: key(n) }));
    const businessKeyNaive = await time((n) => naive('b.input LIKE ?', `%${key(n)}%`));
    const term = await time(() => search({ source: SOURCE, text: 'insufficient' }));
    const termNaive = await time(() =>
      naive('(b.input LIKE ? OR b.output LIKE ? OR b.error LIKE ? OR b.cause LIKE ?)', ...Array(4).fill('%insufficient%')),
    );
    const field = await time(() => search({ source: SOURCE, fields: [{ path: '$.order.amount', operator: '>', value: 900 }] }));
    const fieldNaive = await time(() => naive("json_extract(b.input, '$.order.amount') > 900"));
    const keyField = await time((n) => search({ source: SOURCE, fields: [{ path: '$.order.id', operator: '=', value: key(n) }] }));
    const keyFieldNaive = await time((n) => naive("json_extract(b.input, '$.order.id') = ?", key(n)));
    const groups = await time(() => store.failureGroups({ source: SOURCE }).then((found) => found.length));
    const groupsNaive = await time(
      () =>
        (
          raw
            .prepare(
              `SELECT e.state_machine_arn, coalesce(json_extract(b.details, '$.rootCause.state'), e.failing_state),
                 coalesce(json_extract(b.details, '$.rootCause.error'), e.error), json_extract(b.details, '$.normalizedCause'), count(*)
               FROM executions e JOIN execution_bodies b ON b.id = e.id WHERE e.status IN ('FAILED', 'TIMED_OUT', 'ABORTED') GROUP BY 1, 2, 3, 4`,
            )
            .all() as unknown[]
        ).length,
    );
    raw.close();
    await store.close();

    const rows = [
      ['business key (text "ORD-…")', businessKey, businessKeyNaive],
      ['full-text term ("insufficient")', term, termNaive],
      ['field $.order.amount > 900', field, fieldNaive],
      ['field $.order.id = "ORD-…"', keyField, keyFieldNaive],
      ['failure groups (whole span)', groups, groupsNaive],
    ] as const;
    const putsPerSecond = Math.round(EXECUTIONS / (putMs / 1000));
    console.log(
      `put ${EXECUTIONS} executions in pages of ${PAGE}: ${Math.round(putMs)} ms, ${putsPerSecond} executions/s; ` +
        `file ${(bytes / 1_048_576).toFixed(1)} MB, ${Math.round(bytes / EXECUTIONS)} bytes per execution`,
    );
    console.log(
      `query, ${RUNS} runs each                 matches  index p50 / p95 (min–max) ms      naive scan p50 (min–max) ms  naive/index`,
    );
    for (const [label, index, scan] of rows) {
      console.log(
        `${label.padEnd(36)} ${String(index.hits).padStart(8)}  ${`${index.p50} / ${index.p95} (${index.min}–${index.max})`.padEnd(32)} ${`${scan.p50} (${scan.min}–${scan.max})`.padEnd(28)} ${(scan.p50 / index.p50).toFixed(1)}×`,
      );
    }
    console.log('(the naive failure groups are one GROUP BY over json_extract: no trend, share or samples)');
    console.log(
      JSON.stringify({
        bench: 'execution-index-store',
        environment: { atStart: environmentAtStart, atEnd: benchEnvironment() },
        executions: EXECUTIONS,
        runs: RUNS,
        putMs: Math.round(putMs),
        putsPerSecond,
        fileBytes: bytes,
        bytesPerExecution: Math.round(bytes / EXECUTIONS),
        queries: Object.fromEntries(
          rows.map(([label, index, scan]) => [
            label,
            { matches: index.hits, index, naive: scan, naiveOverIndex: Number((scan.p50 / index.p50).toFixed(1)) },
          ]),
        ),
        searchP95Under100Ms: rows.slice(0, 4).every(([, index]) => index.p95 < 100),
      }),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
