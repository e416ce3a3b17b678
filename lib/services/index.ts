// The cost review's entry points for the app, re-exported by the `server-only` barrel (index.ts).
export { finishCostReviewProgress, readCostReviewProgress, reportCostReviewProgress, type CostReviewStatus } from './cost-review-progress';
export { EXPRESS_MEMORY_VARIABLE, loadExpressMemoryMb } from './load-express-memory';
export { loadPriceTable, PRICE_CONFIG_VARIABLE } from './load-price-table';
export { reviewAccountCost, type AccountCostReviewResult, type UncostedStateMachine } from './review-account-cost';
export { reviewStateMachineCost, type CostReviewProgress, type CostReviewResult } from './review-state-machine-cost';
export { getSharedHistoryCache } from './shared-history-cache';
