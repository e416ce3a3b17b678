import { describe, expect, it } from 'vitest';
import { firstDifference } from './compare-history';
import { corpusAvailable, distributedMapCaseNames, loadCase, selfContainedCaseNames } from './corpus';
import { keyMasksOf, normaliseHistory } from './normalise-history';
import { recordedInput, runCase } from './run-case';

/**
 * Regression floor: the number of unmodified self-contained recordings our engine reproduces exactly.
 * Raise it when the engine gets better; a drop means a fidelity regression.
 */
const EXACT_MATCH_FLOOR = 209;

interface CaseResult {
  name: string;
  modified: boolean;
  difference?: string;
}

/** Exact matches expected among the runnable Distributed Map recordings (reported apart). */
const DISTRIBUTED_MAP_FLOOR = 14;

async function runAll(names: string[]): Promise<CaseResult[]> {
  const results: CaseResult[] = [];
  for (const name of names) {
    const recorded = loadCase(name);
    const modified = recorded.definitionSource?.modifiedByTest === true;
    let difference: string | undefined;
    try {
      const events = await runCase(recorded);
      const { roleArn } = recordedInput(recorded);
      difference = firstDifference(
        normaliseHistory(events, roleArn, roleArn, keyMasksOf(recorded.upstream.snapshotTransformers)),
        recorded.events,
      );
    } catch (err) {
      difference = `engine threw: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`;
    }
    results.push({ name, modified, difference });
  }
  return results;
}

describe.skipIf(!corpusAvailable)('engine fidelity against recorded AWS histories', () => {
  it('reproduces the recorded self-contained executions exactly', async () => {
    const results = await runAll(selfContainedCaseNames());
    const counted = results.filter((r) => !r.modified);
    const exact = counted.filter((r) => !r.difference);
    const modifiedExact = results.filter((r) => r.modified && !r.difference);
    const lines = [
      `fidelity: ${exact.length}/${counted.length} exact (${((100 * exact.length) / Math.max(1, counted.length)).toFixed(1)}%)`,
      `  + ${modifiedExact.length}/${results.length - counted.length} exact among cases whose definition the recording test modified (skipped from the ratio: placeholders such as _tbd_ make them unrunnable as stored)`,
      ...counted.filter((r) => r.difference).map((r) => `  MISMATCH ${r.name}: ${r.difference}`),
      ...results.filter((r) => r.modified && r.difference).map((r) => `  skipped (definition modified by test) ${r.name}: ${r.difference}`),
    ];
    console.log(lines.join('\n'));
    expect(exact.length).toBeGreaterThanOrEqual(EXACT_MATCH_FLOOR);
  }, 120_000);
});

describe.skipIf(!corpusAvailable)('engine fidelity against recorded Distributed Map executions', () => {
  it('reproduces MapRun events of the runnable Distributed Map recordings', async () => {
    const results = await runAll(distributedMapCaseNames());
    const exact = results.filter((r) => !r.difference);
    console.log(
      [
        `distributed map fidelity: ${exact.length}/${results.length} exact`,
        ...results
          .filter((r) => r.difference)
          .map((r) => `  MISMATCH ${r.name}${r.modified ? ' (definition modified by test)' : ''}: ${r.difference}`),
      ].join('\n'),
    );
    expect(exact.length).toBeGreaterThanOrEqual(DISTRIBUTED_MAP_FLOOR);
  }, 120_000);
});

describe.skipIf(corpusAvailable)('engine fidelity (corpus missing)', () => {
  it.skip('needs ../shared/aws-histories beside the project to compare with recorded AWS histories', () => {});
});
