import type { ComparedState } from '@/lib/compare/types';
import { CompareStateRow } from './compare-state-row';
import { ROW_GRID } from './row-grid';

/** Nested states (inside Map iterations and Parallel branches) listed at most; top-level ones always. */
const MAX_NESTED_ROWS = 150;

const worthListing = (state: ComparedState) => state.depth === 0 || state.outcomeDiffers || state.nextDiffers || state.inputDiffers;

/**
 * Every state in the order it ran, A and B side by side. Inside Maps and Parallels only the states
 * that differ are listed (a Map of thousands of iterations would be thousands of rows); the Map's
 * own row sums up its iterations.
 */
export function CompareTable({ states, divergenceKey }: { states: ComparedState[]; divergenceKey: string | null }) {
  const listed: ComparedState[] = [];
  let nested = 0;
  let leftOut = 0;
  for (const state of states) {
    if (!worthListing(state)) continue;
    if (state.depth > 0 && ++nested > MAX_NESTED_ROWS && state.key !== divergenceKey) {
      leftOut++;
      continue;
    }
    listed.push(state);
  }
  const hidden = states.filter((state) => !worthListing(state)).length;
  return (
    <div data-testid="compare-table">
      <div
        className={`${ROW_GRID} border-b border-zinc-200 bg-zinc-50 px-3 py-2 text-xs font-semibold text-zinc-700 dark:border-zinc-800 dark:bg-zinc-950 dark:text-zinc-200`}
        aria-hidden
      >
        <span>State</span>
        <span>A</span>
        <span>B</span>
      </div>
      {listed.map((state) => (
        <CompareStateRow key={state.key} state={state} divergent={state.key === divergenceKey} />
      ))}
      {(hidden > 0 || leftOut > 0) && (
        <p className="px-3 py-2 text-xs text-zinc-600 dark:text-zinc-300">
          {hidden > 0 && `${hidden} states inside Maps and Parallels ran the same way in both and are not listed. `}
          {leftOut > 0 && `${leftOut} more differing nested states are left out; statescope compare --json lists them all.`}
        </p>
      )}
    </div>
  );
}
