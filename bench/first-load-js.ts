// First-load JavaScript per page (issue 16: every page under 250 KB gzipped, no page loading ELK
// before it is interactive). Builds the app into its own dist dir (or reads an existing build) and
// lists, per App Router page, the gzipped bytes of the JavaScript it loads before interaction, read
// from the build's manifests (test/e2e/support/first-load-js.ts says which), with the heavy
// libraries (ELK, React Flow, Recharts) each page's first load holds.
// Sizes are deterministic, so one build is one measurement: no runs to take a median of.
// Prints a table, then one JSON object. Run: npm run bench -- first-load-js
// BENCH_DIST_DIR reads that build instead of building; STATESCOPE_E2E_SKIP_BUILD=1 reuses this
// bench's own build; BENCH_BASELINE_DIST_DIR (a build of another commit) adds a "before" column.
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { FIRST_LOAD_BUDGET_BYTES, readFirstLoadJs, type PageFirstLoad } from '../test/e2e/support/first-load-js';
import { buildNextApp } from '../test/e2e/support/start-next-server';

const root = process.cwd();
const kb = (bytes: number) => Math.round(bytes / 100) / 10;

async function resolveDistDir(): Promise<string> {
  if (process.env.BENCH_DIST_DIR) return path.resolve(root, process.env.BENCH_DIST_DIR);
  process.env.STATESCOPE_NEXT_DIST_DIR ??= '.next-bench-first-load';
  const started = Date.now();
  await buildNextApp(root, (line) => console.log(line));
  console.log(`built in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return path.resolve(root, process.env.STATESCOPE_NEXT_DIST_DIR);
}

function readBaseline(): Map<string, PageFirstLoad> | undefined {
  const dir = process.env.BENCH_BASELINE_DIST_DIR;
  if (!dir) return undefined;
  if (!existsSync(path.join(dir, 'build-manifest.json'))) throw new Error(`BENCH_BASELINE_DIST_DIR=${dir} holds no next build`);
  return new Map(readFirstLoadJs(path.resolve(root, dir)).map((page) => [page.route, page]));
}

async function main() {
  const environment = { cpus: cpus().length, loadAverage1m: Math.round((loadavg()[0] ?? 0) * 100) / 100, node: process.version };
  console.log(`environment: ${environment.cpus} CPUs, load average ${environment.loadAverage1m}, Node ${environment.node}`);
  const distDir = await resolveDistDir();
  const pages = readFirstLoadJs(distDir);
  const baseline = readBaseline();

  const rows = pages.map((page) => {
    const before = baseline?.get(page.route);
    return {
      route: page.route,
      firstLoadKb: kb(page.gzipBytes),
      ...(before && {
        baselineKb: kb(before.gzipBytes),
        ratioToBaseline: Math.round((page.gzipBytes / before.gzipBytes) * 100) / 100,
        baselineLibraries: before.libraries,
      }),
      libraries: page.libraries,
      overBudget: page.gzipBytes > FIRST_LOAD_BUDGET_BYTES,
    };
  });
  console.log(`\nFirst-load JS per page, KB gzipped (1 KB = 1,000 bytes; budget ${kb(FIRST_LOAD_BUDGET_BYTES)} KB), from ${distDir}`);
  console.log(
    ['page'.padEnd(24), 'now'.padStart(8), baseline ? 'before'.padStart(8) : '', '  heavy libraries at first load (now; before)'].join(''),
  );
  for (const row of rows) {
    console.log(
      [
        row.route.padEnd(24),
        String(row.firstLoadKb).padStart(8),
        baseline ? String(row.baselineKb ?? '-').padStart(8) : '',
        `  ${row.libraries.join(', ') || '-'}${baseline ? `; ${row.baselineLibraries?.join(', ') || '-'}` : ''}${row.overBudget ? '  OVER BUDGET' : ''}`,
      ].join(''),
    );
  }
  const largest = Math.max(...pages.map((page) => page.gzipBytes));
  const result = {
    bench: 'first-load-js',
    environment,
    budgetKb: kb(FIRST_LOAD_BUDGET_BYTES),
    largestKb: kb(largest),
    pagesOverBudget: rows.filter((row) => row.overBudget).map((row) => row.route),
    pagesLoadingElk: pages.filter((page) => page.libraries.includes('elk')).map((page) => page.route),
    pages: rows,
  };
  console.log(JSON.stringify(result, null, 2));
  if (result.pagesOverBudget.length > 0 || result.pagesLoadingElk.length > 0) process.exitCode = 1;
}

await main();
