import type { CostMode } from '@/components/cost/cost-routes';
import { StateMachineCostReport } from '@/components/cost/state-machine-cost-report';
import { finishCostReviewProgress, getSharedHistoryCache, loadExpressMemoryMb, loadPriceTable, reportCostReviewProgress, reviewStateMachineCost, type CostReviewResult } from '@/lib/aws';
import { renderCostError } from './render-cost-error';

export async function StateMachineCostSection({ stateMachineArn, mode, progressKey }: { stateMachineArn: string; mode: CostMode; progressKey: string }) {
  let result: CostReviewResult;
  try {
    result = await reviewStateMachineCost(stateMachineArn, {
      mode,
      prices: loadPriceTable(),
      expressMemoryMb: loadExpressMemoryMb(),
      cache: getSharedHistoryCache(),
      onProgress: (progress) => reportCostReviewProgress(progressKey, progress),
    });
  } catch (error) {
    return renderCostError(error);
  } finally {
    finishCostReviewProgress(progressKey);
  }
  return <StateMachineCostReport review={result.review} mode={mode} />;
}
