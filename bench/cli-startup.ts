/**
 * The CLI as a user meets it, whole processes: `statescope --help` against `node -e 0`, and
 * `statescope timeline` on a 25,000-event history (17.6 MB) against a process that only reads and
 * JSON.parses the same file. Runs alternate, so machine noise hits both sides alike.
 * Targets: --help within 1.5x, timeline within 1.8x (medians).
 * The TypeScript sources run through tsx (what bin/statescope.js did before the bundle) are measured
 * in the same run, as the "before".
 * Run: npm run bench -- cli-startup (BENCH_RUNS=N for more or fewer runs).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { generateOrderHistoryText } from './support/generate-order-history';
import { median } from './support/median';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = path.join(ROOT, 'bin', 'statescope.js');
const work = mkdtempSync(path.join(tmpdir(), 'statescope-cli-bench-'));
const historyFile = path.join(work, 'history-25k.json');
writeFileSync(historyFile, generateOrderHistoryText(25_000));

// What bin/statescope.js did before the bundle: compile the TypeScript CLI with tsx at every start.
const TSX_CLI = `
import { register } from ${JSON.stringify(import.meta.resolve('tsx/esm/api'))};
register({ tsconfig: ${JSON.stringify(path.join(ROOT, 'tsconfig.json'))} });
const { runCli } = await import(${JSON.stringify(path.join(ROOT, 'lib', 'cli', 'main.ts'))});
process.exitCode = await runCli(process.argv.slice(1));
`;
const PARSE_ONLY = `JSON.parse(require('node:fs').readFileSync(process.argv[1], 'utf8'))`;

type Command = string[];
const commands: Record<string, Command> = {
  nodeOnly: ['-e', '0'],
  help: [BIN, '--help'],
  helpTsx: ['--input-type=module', '-e', TSX_CLI, '--help'],
  parseOnly: ['-e', PARSE_ONLY, historyFile],
  timeline: [BIN, 'timeline', historyFile],
  timelineJson: [BIN, 'timeline', historyFile, '--json'],
  timelineTsx: ['--input-type=module', '-e', TSX_CLI, 'timeline', historyFile],
};

// CPU time (user + system) of the child, through GNU time when installed: steadier than wall-clock
// on a shared, loaded machine. Both sides pay its fork alike.
const GNU_TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

/** Wall-clock and CPU milliseconds of one whole process; its output goes nowhere, its failure stops the bench. */
function runOnce(args: Command): { wallMs: number; cpuMs: number } {
  const [file, argv] = GNU_TIME ? [GNU_TIME, ['-f', '%U %S', process.execPath, ...args]] : [process.execPath, args];
  const start = performance.now();
  // The working directory is not the repo: the CLI must work from anywhere, and be timed there.
  const result = spawnSync(file, argv, { cwd: work, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const wallMs = performance.now() - start;
  if (result.status !== 0) throw new Error(`node ${args.slice(0, 2).join(' ')}… exited ${result.status}: ${result.stderr}`);
  const [user, system] = (result.stderr.trim().split('\n').pop() ?? '').split(' ').map(Number);
  return { wallMs, cpuMs: GNU_TIME && user !== undefined && system !== undefined ? (user + system) * 1000 : Number.NaN };
}

const times: Record<string, number[]> = Object.fromEntries(Object.keys(commands).map((name) => [name, []]));
const cpuTimes: Record<string, number[]> = Object.fromEntries(Object.keys(commands).map((name) => [name, []]));
try {
  // Builds the bundle if it is stale, and warms the file cache and tsx's compile cache.
  for (const args of Object.values(commands)) runOnce(args);
  for (let i = 0; i < RUNS; i++) {
    for (const [name, args] of Object.entries(commands)) {
      const { wallMs, cpuMs } = runOnce(args);
      times[name]!.push(wallMs);
      cpuTimes[name]!.push(cpuMs);
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

const round = (n: number) => Math.round(n * 100) / 100;
const summary = (name: string) => {
  const values = times[name]!;
  return {
    medianMs: round(median(values)),
    minMs: round(Math.min(...values)),
    maxMs: round(Math.max(...values)),
    medianCpuMs: round(median(cpuTimes[name]!)),
  };
};
const ratio = (ours: string, baseline: string) => round(median(times[ours]!) / median(times[baseline]!));
const cpuRatio = (ours: string, baseline: string) => round(median(cpuTimes[ours]!) / median(cpuTimes[baseline]!));
console.log(
  JSON.stringify(
    {
      benchmark: 'cli-startup',
      cpus: cpus().length,
      loadAverage1m: round(loadavg()[0] ?? 0),
      runs: RUNS,
      processes: Object.fromEntries(Object.keys(commands).map((name) => [name, summary(name)])),
      helpRatio: ratio('help', 'nodeOnly'),
      helpTarget: 1.5,
      helpWithinTarget: ratio('help', 'nodeOnly') <= 1.5,
      helpCpuRatio: cpuRatio('help', 'nodeOnly'),
      helpTsxRatio: ratio('helpTsx', 'nodeOnly'),
      timelineRatio: ratio('timeline', 'parseOnly'),
      timelineJsonRatio: ratio('timelineJson', 'parseOnly'),
      timelineTarget: 1.8,
      timelineWithinTarget: ratio('timeline', 'parseOnly') <= 1.8,
      timelineCpuRatio: cpuRatio('timeline', 'parseOnly'),
      timelineTsxRatio: ratio('timelineTsx', 'parseOnly'),
      loadAverage1mAfter: round(loadavg()[0] ?? 0),
    },
    null,
    2,
  ),
);
