import type { StateMachineCostReview } from '../cost/build-cost-review';
import { combineCostReviews, type AccountCostReview } from '../cost/combine-cost-reviews';
import { listStateMachines } from './list-state-machines';
import { reviewStateMachineCost, type CostReviewOptions, type CostReviewProgress } from './review-state-machine-cost';
import type { StateMachineSummary } from './types';

export interface AccountCostReviewResult {
  account: AccountCostReview;
  /** Express machines: ListExecutions does not serve them, so they are costed from CloudWatch Logs. */
  expressStateMachines: StateMachineSummary[];
  apiCalls: number;
  throttled: number;
}

/** Every Standard state machine's review, one after another (they share the API quota), combined. */
export async function reviewAccountCost(
  options: Omit<CostReviewOptions, 'onProgress' | 'caller'> & {
    onProgress?: (progress: CostReviewProgress & { stateMachineName: string; stateMachineIndex: number; stateMachineCount: number }) => void;
  } = {},
): Promise<AccountCostReviewResult> {
  const machines = await listStateMachines();
  const standard = machines.filter((machine) => machine.type === 'STANDARD');
  const reviews: StateMachineCostReview[] = [];
  let apiCalls = 0;
  let throttled = 0;
  for (const [index, machine] of standard.entries()) {
    const result = await reviewStateMachineCost(machine.arn, {
      ...options,
      onProgress: (progress) =>
        options.onProgress?.({ ...progress, stateMachineName: machine.name, stateMachineIndex: index, stateMachineCount: standard.length }),
    });
    reviews.push(result.review);
    apiCalls += result.apiCalls.calls;
    throttled += result.apiCalls.throttled;
  }
  return {
    account: combineCostReviews(reviews),
    expressStateMachines: machines.filter((machine) => machine.type === 'EXPRESS'),
    apiCalls,
    throttled,
  };
}
