import type { CostMode } from '@/components/cost/cost-routes';
import { getSharedHistoryCache, loadExpressMemoryMb, loadPriceTable, reportCostReviewProgress } from '@/lib/services';

/** What every cost page's review runs with: the configured prices, the shared cache, progress for the bar. */
export function pageReviewOptions(mode: CostMode, progressKey: string) {
  return {
    mode,
    prices: loadPriceTable(),
    expressMemoryMb: loadExpressMemoryMb(),
    cache: getSharedHistoryCache(),
    onProgress: (progress: Parameters<typeof reportCostReviewProgress>[1]) => reportCostReviewProgress(progressKey, progress),
  };
}
