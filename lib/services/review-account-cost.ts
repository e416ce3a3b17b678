import type { StateMachineCostReview } from '../cost/build-cost-review';
import { combineCostReviews, type AccountCostReview } from '../cost/combine-cost-reviews';
import { isDataSourceError } from '../aws/errors';
import { listStateMachines } from '../aws/list-state-machines';
import { reviewStateMachineCost, type CostReviewOptions, type CostReviewProgress } from './review-state-machine-cost';

/** A state machine the account review could not cost, and why in a sentence. */
export interface UncostedStateMachine {
  arn: string;
  name: string;
  reason: string;
}

export interface AccountCostReviewResult {
  account: AccountCostReview;
  /** Express machines whose logs could not be read (logging off, log group gone): not in the totals. */
  notIncluded: UncostedStateMachine[];
  apiCalls: number;
  throttled: number;
}

/**
 * Every state machine's review, one after another (they share the API quota), combined: Standard from
 * their histories, Express from their CloudWatch Logs. An Express machine whose logs cannot be read is
 * listed as not included rather than failing the whole page.
 */
export async function reviewAccountCost(
  options: Omit<CostReviewOptions, 'onProgress' | 'caller'> & {
    onProgress?: (
      progress: CostReviewProgress & { stateMachineName: string; stateMachineIndex: number; stateMachineCount: number },
    ) => void;
  } = {},
): Promise<AccountCostReviewResult> {
  const machines = await listStateMachines();
  const reviews: StateMachineCostReview[] = [];
  const notIncluded: UncostedStateMachine[] = [];
  let apiCalls = 0;
  let throttled = 0;
  for (const [index, machine] of machines.entries()) {
    try {
      const result = await reviewStateMachineCost(machine.arn, {
        ...options,
        onProgress: (progress) =>
          options.onProgress?.({
            ...progress,
            stateMachineName: machine.name,
            stateMachineIndex: index,
            stateMachineCount: machines.length,
          }),
      });
      reviews.push(result.review);
      apiCalls += result.apiCalls.calls;
      throttled += result.apiCalls.throttled;
    } catch (error) {
      if (machine.type !== 'EXPRESS' || !isDataSourceError(error)) throw error;
      notIncluded.push({ arn: machine.arn, name: machine.name, reason: error.message });
    }
  }
  return { account: combineCostReviews(reviews), notIncluded, apiCalls, throttled };
}
