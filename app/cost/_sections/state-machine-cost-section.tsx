import type { CostMode } from '@/components/cost/cost-routes';
import { StateMachineCostReport } from '@/components/cost/state-machine-cost-report';
import { finishCostReviewProgress, reviewStateMachineCost, type CostReviewResult } from '@/lib/services';
import { pageReviewOptions } from './page-review-options';
import { renderCostError } from './render-cost-error';

export async function StateMachineCostSection({
  stateMachineArn,
  mode,
  progressKey,
}: {
  stateMachineArn: string;
  mode: CostMode;
  progressKey: string;
}) {
  let result: CostReviewResult;
  try {
    result = await reviewStateMachineCost(stateMachineArn, pageReviewOptions(mode, progressKey));
  } catch (error) {
    return renderCostError(error);
  } finally {
    finishCostReviewProgress(progressKey);
  }
  return <StateMachineCostReport review={result.review} mode={mode} />;
}
