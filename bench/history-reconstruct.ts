/**
 * How much reconstruction costs on top of reading the bytes: a 25,000-event history (the Standard
 * limit, docs/aws-behaviour.md#history-size-limit) with realistic payloads, as
 * `aws stepfunctions get-execution-history` prints it. Measures the median of JSON.parse alone vs
 * JSON.parse + parse + reconstruct, in the same run, for the full reading (the execution page's,
 * `timeline --json`: every payload kept) and for the summary's (`statescope timeline` text: the
 * payloads it does not print are not kept, parseHistoryDocument's `summary`), which read the full
 * way before that option: `summaryRatio` against `ratio` is the after/before.
 * Target: ratio at most 1.5. Run: node --expose-gc --import tsx bench/history-reconstruct.ts
 * `withDashboardFlags` repeats it in a child process with the V8 flags the dashboard's server runs
 * with (DASHBOARD_NODE_OPTIONS, a larger young generation), where the page reads its histories.
 *
 * GC is reported per path because it decides the ratio: JSON.parse leaves ~15 MB of live objects in
 * the young generation, and the first allocations after it pay for scavenging them. The parse-only
 * run never pays that (the forced GC between runs is not timed), so `gcMs` shows how much of the
 * difference is that deferred cost rather than reconstruction work.
 */
import { spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { PerformanceObserver, performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { DASHBOARD_NODE_OPTIONS } from '@/lib/cli/shared/start-dashboard';
import { buildExecutionTimeline } from '@/lib/history/build-execution-timeline';
import { parseHistoryDocument } from '@/lib/history/parse-history-document';
import { generateOrderHistoryText } from './support/generate-order-history';

const RUNS = Number(process.env.BENCH_RUNS ?? 31);
/** Set in the child process that measures under the dashboard's V8 flags. */
const CHILD_ENV = 'BENCH_HISTORY_RECONSTRUCT_CHILD';
const WARMUP_RUNS = 5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const gc = (globalThis as { gc?: (options?: { type: 'minor' | 'major' }) => void }).gc;
let peakRss = 0;
let peakHeap = 0;
const sample = () => {
  const m = process.memoryUsage();
  peakRss = Math.max(peakRss, m.rss);
  peakHeap = Math.max(peakHeap, m.heapUsed);
};

const text = generateOrderHistoryText(25_000);
const bytes = Buffer.byteLength(text);
let check = 0;

interface Run {
  wallMs: number;
  cpuMs: number;
  /** Wall-clock window of the run, to attribute GC pauses to it afterwards. */
  start: number;
  end: number;
}

/** Wall-clock and CPU time of one run; CPU time is steadier on a shared, loaded machine. */
function timeIt(fn: () => number): Run {
  gc?.();
  const cpu = process.cpuUsage();
  const start = performance.now();
  check += fn();
  const end = performance.now();
  const used = process.cpuUsage(cpu);
  sample();
  return { wallMs: end - start, cpuMs: (used.user + used.system) / 1000, start, end };
}

const parseOnly = () => (JSON.parse(text) as { events: unknown[] }).events.length;
const parseAndReconstruct = () => {
  const parsed = parseHistoryDocument(JSON.parse(text) as unknown, 'bench');
  const timeline = buildExecutionTimeline(parsed.events);
  return timeline.transitions.total;
};
const parseAndSummarize = () => {
  const parsed = parseHistoryDocument(JSON.parse(text) as unknown, 'bench', { summary: true });
  const timeline = buildExecutionTimeline(parsed.events);
  return timeline.transitions.total;
};

/**
 * Two young-generation GCs right after a parse: what moving the parsed objects out of the nursery
 * costs any code that keeps them (the first copies them, the second promotes them). Reconstruction
 * keeps them (details.raw, payload text), so parse + this is the floor of the full path.
 */
function promotionMs(): number {
  if (!gc) return Number.NaN;
  gc();
  const parsed = JSON.parse(text) as { events: unknown[] };
  const start = performance.now();
  gc({ type: 'minor' });
  gc({ type: 'minor' });
  const ms = performance.now() - start;
  check += parsed.events.length;
  return ms;
}

// GC pauses as V8 reports them; entries arrive asynchronously, so they are read after the runs.
const gcPauses: { start: number; duration: number }[] = [];
const gcObserver = new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) gcPauses.push({ start: entry.startTime, duration: entry.duration });
});
gcObserver.observe({ entryTypes: ['gc'] });

// Warm both paths up (JIT, allocation-site feedback), then interleave the runs so machine noise hits both alike.
for (let i = 0; i < WARMUP_RUNS; i++) {
  parseOnly();
  parseAndReconstruct();
  parseAndSummarize();
}
const parseRuns: Run[] = [];
const fullRuns: Run[] = [];
const summaryRuns: Run[] = [];
for (let i = 0; i < RUNS; i++) {
  parseRuns.push(timeIt(parseOnly));
  fullRuns.push(timeIt(parseAndReconstruct));
  summaryRuns.push(timeIt(parseAndSummarize));
}
const promotionRuns = Array.from({ length: Math.min(RUNS, 11) }, promotionMs);

/** Heap each result of a path holds once the document is garbage: three held at once, per result. */
function retainedMb(summary: boolean): number {
  if (!gc) return Number.NaN;
  const held: ReturnType<typeof buildExecutionTimeline>[] = [];
  gc();
  const before = process.memoryUsage().heapUsed;
  for (let i = 0; i < 3; i++)
    held.push(buildExecutionTimeline(parseHistoryDocument(JSON.parse(text) as unknown, 'bench', { summary }).events));
  gc();
  check += held.length;
  return (process.memoryUsage().heapUsed - before) / 3 / 1024 / 1024;
}
const retained = { full: retainedMb(false), summary: retainedMb(true) };
await new Promise((resolve) => setTimeout(resolve, 50));
gcObserver.disconnect();
const gcMsIn = (run: Run) => gcPauses.filter((p) => p.start >= run.start && p.start < run.end).reduce((sum, p) => sum + p.duration, 0);

const timeline = buildExecutionTimeline(parseHistoryDocument(JSON.parse(text) as unknown, 'bench').events);
const medianParse = median(parseRuns.map((r) => r.wallMs));
const medianFull = median(fullRuns.map((r) => r.wallMs));
const medianParseCpu = median(parseRuns.map((r) => r.cpuMs));
const medianFullCpu = median(fullRuns.map((r) => r.cpuMs));
const medianParseGc = median(parseRuns.map(gcMsIn));
const medianFullGc = median(fullRuns.map(gcMsIn));
const medianPromotion = median(promotionRuns);
const wall = (runs: Run[]) => runs.map((r) => r.wallMs);
const medianSummary = median(wall(summaryRuns));
const round = (n: number) => Math.round(n * 100) / 100;
const report = {
  benchmark: 'history-reconstruct',
  events: timeline.events.length,
  bytes,
  transitions: timeline.transitions.total,
  status: timeline.status,
  runs: RUNS,
  medianJsonParseMs: round(medianParse),
  medianParseAndReconstructMs: round(medianFull),
  ratio: round(medianFull / medianParse),
  summary: {
    medianParseAndReconstructMs: round(medianSummary),
    minMs: round(Math.min(...wall(summaryRuns))),
    maxMs: round(Math.max(...wall(summaryRuns))),
    medianCpuMs: round(median(summaryRuns.map((r) => r.cpuMs))),
    medianGcMs: round(median(summaryRuns.map(gcMsIn))),
  },
  summaryRatio: round(medianSummary / medianParse),
  retainedHeapMb: { full: round(retained.full), summary: round(retained.summary) },
  summaryCpuRatio: round(median(summaryRuns.map((r) => r.cpuMs)) / median(parseRuns.map((r) => r.cpuMs))),
  summaryMsOverFullMs: round(medianSummary / medianFull),
  spreadMs: {
    jsonParse: [round(Math.min(...wall(parseRuns))), round(Math.max(...wall(parseRuns)))],
    full: [round(Math.min(...wall(fullRuns))), round(Math.max(...wall(fullRuns)))],
  },
  medianJsonParseCpuMs: round(medianParseCpu),
  medianParseAndReconstructCpuMs: round(medianFullCpu),
  cpuRatio: round(medianFullCpu / medianParseCpu),
  targetRatio: 1.5,
  withinTarget: medianFull / medianParse <= 1.5,
  peakRssMb: Math.round(peakRss / 1024 / 1024),
  peakHeapUsedMb: Math.round(peakHeap / 1024 / 1024),
  gcBetweenRuns: Boolean(gc),
  warmupRuns: WARMUP_RUNS,
  medianJsonParseGcMs: round(medianParseGc),
  medianParseAndReconstructGcMs: round(medianFullGc),
  // Min over runs: the least noisy estimate on a shared machine (noise only ever adds time).
  minJsonParseMs: round(Math.min(...parseRuns.map((r) => r.wallMs))),
  minParseAndReconstructMs: round(Math.min(...fullRuns.map((r) => r.wallMs))),
  ratioOfMinimums: round(Math.min(...fullRuns.map((r) => r.wallMs)) / Math.min(...parseRuns.map((r) => r.wallMs))),
  // The process's true peak (the kernel's high-water mark), not just sampled between runs.
  maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  // The floor: parse plus moving its result out of the young generation, with no reconstruction at all.
  medianJsonParsePromotionGcMs: round(medianPromotion),
  floorRatio: round((medianParse + medianPromotion) / medianParse),
  loadAverage1m: round(loadavg()[0]!),
  cpus: cpus().length,
  checksum: check,
};

/**
 * The same measurement in a process with the V8 flags the dashboard's server runs with
 * (DASHBOARD_NODE_OPTIONS): what reading a history costs there, not only under Node's defaults.
 */
function withDashboardFlags(): Record<string, unknown> {
  const child = spawnSync(process.execPath, ['--expose-gc', DASHBOARD_NODE_OPTIONS, '--import', 'tsx', fileURLToPath(import.meta.url)], {
    env: { ...process.env, [CHILD_ENV]: '1' },
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  if (child.status !== 0) throw new Error(`the run with ${DASHBOARD_NODE_OPTIONS} failed: ${child.stderr}`);
  const measured = JSON.parse(child.stdout) as Record<string, unknown>;
  const keep = ['medianJsonParseMs', 'medianParseAndReconstructMs', 'ratio', 'summaryRatio', 'medianParseAndReconstructGcMs', 'maxRssMb'];
  return { flags: DASHBOARD_NODE_OPTIONS, ...Object.fromEntries(keep.map((key) => [key, measured[key]])) };
}

console.log(JSON.stringify(process.env[CHILD_ENV] ? report : { ...report, withDashboardFlags: withDashboardFlags() }, null, 2));
