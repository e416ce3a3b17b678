import { AccountCostReport } from '@/components/cost/account-cost-report';
import type { CostMode } from '@/components/cost/cost-routes';
import { finishCostReviewProgress, reviewAccountCost, type AccountCostReviewResult } from '@/lib/services';
import { pageReviewOptions } from './page-review-options';
import { renderCostError } from './render-cost-error';

export async function AccountCostSection({ mode, progressKey }: { mode: CostMode; progressKey: string }) {
  let result: AccountCostReviewResult;
  try {
    result = await reviewAccountCost(pageReviewOptions(mode, progressKey));
  } catch (error) {
    return renderCostError(error);
  } finally {
    finishCostReviewProgress(progressKey);
  }
  const first = result.account.reviews[0];
  return <AccountCostReport account={result.account} notIncluded={result.notIncluded} freeTier={first?.freeTier} mode={mode} />;
}
