import fc from 'fast-check';
import { afterAll, beforeAll, describe, it } from 'vitest';
import {
  applyTextMutations,
  buildDefinitionText,
  buildHistoryText,
  buildLogDocument,
  definitionRecipe,
  historyRecipe,
  loadSeeds,
  logRecipe,
  someTextMutations,
} from './support/fuzz-inputs';
import type { FuzzRequest, FuzzTarget } from './support/fuzz-protocol';
import { FuzzRunner } from './support/fuzz-runner';

/**
 * Fuzzes the three places user files enter: `statescope timeline FILE` (renderTimelineFile, what
 * the command runs after reading the file), the CloudWatch Logs reader, and the /import page's
 * readHistoryFile. Inputs are the repo's fixtures, the recorded AWS corpora in ../shared when present,
 * synthetic runs and definitions, mutated. Every input must end within 2 s with a result or the
 * project's input error naming the input; anything else (TypeError, RangeError, a hang) fails.
 *
 *   STATESCOPE_FUZZ_RUNS=N     inputs in all (default 6,000; `npm run fuzz` runs 100,000)
 *   STATESCOPE_FUZZ_SEED=S     replay a run (fast-check prints the seed and path of a failure)
 *   STATESCOPE_FUZZ_SURVEY=1   count every crash and hang instead of stopping at the first
 */

const TOTAL = Number(process.env.STATESCOPE_FUZZ_RUNS ?? 6_000);
const SEED = process.env.STATESCOPE_FUZZ_SEED === undefined ? undefined : Number(process.env.STATESCOPE_FUZZ_SEED);
const SURVEY = process.env.STATESCOPE_FUZZ_SURVEY === '1';
const TIMEOUT_MS = 2_000;
const SHARE: Record<FuzzTarget, number> = { 'timeline-file': 0.4, 'log-reader': 0.3, import: 0.3 };
// Generous: an input takes a few milliseconds; a failure adds shrinking, and a survey 2 s per hang.
const TEST_TIMEOUT_MS = (SURVEY ? 3_600_000 : 180_000) + TOTAL * 10;

interface Stats {
  tried: number;
  results: number;
  partial: number;
  inputErrors: number;
  crashes: number;
  hangs: number;
  slowestMs: number;
  examples: Map<string, string>;
  stopped: boolean;
}

const seeds = loadSeeds();
const runner = new FuzzRunner(TIMEOUT_MS);
const stats = new Map<FuzzTarget, Stats>();
let started = 0;

beforeAll(async () => {
  started = performance.now();
  await runner.warmUp();
}, 60_000);

afterAll(async () => {
  await runner.stop();
  const lines = [`fuzz: ${seeds.notes.join('; ')}`];
  for (const [target, s] of stats) {
    lines.push(
      `fuzz ${target}: ${s.tried} inputs, ${s.results} results, ${s.partial} partial results, ${s.inputErrors} clean input errors, ${s.crashes} crashes, ${s.hangs} hangs; slowest ${Math.round(s.slowestMs)} ms`,
    );
    for (const [first, example] of s.examples) lines.push(`  ${first}\n    ${example.replace(/\n/g, '\n    ')}`);
  }
  lines.push(`fuzz: ${((performance.now() - started) / 1000).toFixed(1)} s in all`);
  console.log(lines.join('\n'));
});

/** The recipe as fast-check would print it, shortened for the log. */
function describeRecipe(recipe: unknown): string {
  const text = fc.stringify(recipe);
  return text.length > 1500 ? `${text.slice(0, 1500)}…` : text;
}

async function fuzz<T>(
  target: FuzzTarget,
  arbitrary: fc.Arbitrary<T>,
  toRequest: (recipe: T) => Omit<FuzzRequest, 'id' | 'target'>,
): Promise<void> {
  const s: Stats = {
    tried: 0,
    results: 0,
    partial: 0,
    inputErrors: 0,
    crashes: 0,
    hangs: 0,
    slowestMs: 0,
    examples: new Map(),
    stopped: false,
  };
  stats.set(target, s);
  const property = fc.asyncProperty(arbitrary, async (recipe) => {
    const request = toRequest(recipe);
    const outcome = await runner.run({ target, ...request });
    // Shrinking re-runs inputs after a failure: count only the run that found it.
    if (s.stopped) return outcome.kind !== 'crash' && outcome.kind !== 'hang';
    s.tried++;
    s.slowestMs = Math.max(s.slowestMs, outcome.ms);
    if (outcome.kind === 'result') s.results++;
    else if (outcome.kind === 'partial') s.partial++;
    else if (outcome.kind === 'input-error') s.inputErrors++;
    else {
      if (outcome.kind === 'crash') s.crashes++;
      else s.hangs++;
      // One example per kind of failure: its message and where it was thrown.
      const [message, frame] = outcome.message.split('\n');
      const first = `${outcome.kind}: ${message}${frame ? ` ${frame.trim()}` : ''}`;
      if (s.examples.size < 20 && !s.examples.has(first))
        s.examples.set(first, `${outcome.message}\n  input: ${request.text.slice(0, 300)}\n  recipe: ${describeRecipe(recipe)}`);
      if (!SURVEY) {
        s.stopped = true;
        throw new Error(`${outcome.kind} on ${target}: ${outcome.message}\ninput (first 300 characters): ${request.text.slice(0, 300)}`);
      }
    }
    return true;
  });
  await fc.assert(property, { numRuns: Math.max(1, Math.round(TOTAL * SHARE[target])), ...(SEED === undefined ? {} : { seed: SEED }) });
}

describe('fuzzed inputs end with a result or a clean input error, within 2 s', () => {
  it(
    'statescope timeline FILE (--json and text): histories and CloudWatch Logs files',
    async () => {
      const input = fc.oneof(
        { weight: 3, arbitrary: fc.record({ history: historyRecipe(seeds), json: fc.boolean() }) },
        { weight: 1, arbitrary: fc.record({ logs: logRecipe(seeds), json: fc.boolean(), text: someTextMutations(1) }) },
      );
      await fuzz('timeline-file', input, (recipe) => {
        if ('history' in recipe) return { text: buildHistoryText(seeds, recipe.history), json: recipe.json, definition: null };
        // A BOM or a cut in a logs file: the same text mutations as for histories.
        return { text: applyTextMutations(buildLogDocument(seeds, recipe.logs), recipe.text), json: recipe.json, definition: null };
      });
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'the CloudWatch Logs reader: recorded, converted and synthetic records, in every layout',
    async () => {
      await fuzz('log-reader', logRecipe(seeds), (recipe) => ({ text: buildLogDocument(seeds, recipe), json: false, definition: null }));
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'the /import page: a history file, with or without a definition file',
    async () => {
      const input = fc.record({ history: historyRecipe(seeds), definition: fc.option(definitionRecipe(seeds), { freq: 3 }) });
      await fuzz('import', input, (recipe) => ({
        text: buildHistoryText(seeds, recipe.history),
        json: false,
        definition: recipe.definition === null ? null : buildDefinitionText(seeds, recipe.definition),
      }));
    },
    TEST_TIMEOUT_MS,
  );
});
