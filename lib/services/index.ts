// The app's entry into the service layer (cost review, its progress, the execution index and its history cache): `server-only`
// keeps it out of client bundles; the CLI and tests import the modules directly.
import 'server-only';

export { finishCostReviewProgress, readCostReviewProgress, reportCostReviewProgress, type CostReviewStatus } from './cost-review-progress';
export { EXPRESS_MEMORY_VARIABLE, loadExpressMemoryMb } from './load-express-memory';
export { loadPriceTable, PRICE_CONFIG_VARIABLE } from './load-price-table';
export { reviewAccountCost, type AccountCostReviewResult, type UncostedStateMachine } from './review-account-cost';
export { reviewStateMachineCost, type CostReviewProgress, type CostReviewResult } from './review-state-machine-cost';
export {
  DEFAULT_INDEX_FILE,
  getSharedExecutionIndex,
  getSharedHistoryCache,
  INDEX_FILE_VARIABLE,
} from './execution-index/shared-execution-index';
export type { CountingHistoryCache, HistoryCacheStats } from './execution-index/counting-history-cache';
export { readFailureSummaries } from './read-failure-summaries';
export { findLastSucceededExecution } from './compare/find-last-succeeded-execution';
export { searchExecutionIndex, type ExecutionSearchResult } from './search-execution-index';
export { readFailureGroups, type FailureGroupsResult } from './read-failure-groups';
export { readExecutionCounts } from './execution-counts/read-execution-counts';
export { readExecutionSeries } from './execution-counts/read-execution-series';
export { listMapRunChildren, type MapRunChildren } from './map-runs/list-map-run-children';
export { readParentLinks } from './map-runs/read-parent-links';
export { areActionsAllowed } from './execution-actions/are-actions-allowed';
export { guardActionRequest } from './execution-actions/guard-action-request';
export { toActionResponse, toProblemResponse } from './execution-actions/to-action-response';
export { stopRunningExecution } from './execution-actions/stop-running-execution';
export { redriveFailedExecution } from './execution-actions/redrive-failed-execution';
export { startNewExecution } from './execution-actions/start-new-execution';
export { replayStateProcessing } from './state-processing/replay-state-processing';
