import type { CostReviewProgress } from './review-state-machine-cost';

/** Progress of one running review, as the page's progress bar shows it. */
export interface CostReviewStatus extends CostReviewProgress {
  /** Which state machine, when several are reviewed in turn. */
  stateMachineName?: string;
  stateMachineIndex?: number;
  stateMachineCount?: number;
  /** Set once the page has its result (or its error): the progress bar then goes away. */
  finished?: boolean;
  updatedAt: number;
}

// On globalThis: the page and the progress route handler may be bundled as separate module copies.
const REGISTRY = Symbol.for('statescope.costReviewProgress');
type GlobalWithRegistry = typeof globalThis & { [REGISTRY]?: Map<string, CostReviewStatus> };
const KEEP_MS = 10 * 60 * 1000;

function registry(): Map<string, CostReviewStatus> {
  return ((globalThis as GlobalWithRegistry)[REGISTRY] ??= new Map());
}

export function reportCostReviewProgress(key: string, status: Omit<CostReviewStatus, 'updatedAt'>): void {
  const now = Date.now();
  const entries = registry();
  for (const [other, value] of entries) if (now - value.updatedAt > KEEP_MS) entries.delete(other);
  entries.set(key, { ...status, updatedAt: now });
}

export function readCostReviewProgress(key: string): CostReviewStatus | undefined {
  return registry().get(key);
}

/** Marks a review as over, whether it succeeded or failed: stage 'done', all of its total (0 of 0 when none was known). */
export function finishCostReviewProgress(key: string): void {
  const last = registry().get(key);
  const total = last?.total ?? 0;
  reportCostReviewProgress(key, { ...last, stage: 'done', done: total, total, finished: true });
}
