import type { CostReviewProgress } from './review-state-machine-cost';

/** Progress of one running review, as the page's progress bar shows it. */
export interface CostReviewStatus extends CostReviewProgress {
  /** Which state machine, when several are reviewed in turn. */
  stateMachineName?: string;
  stateMachineIndex?: number;
  stateMachineCount?: number;
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
