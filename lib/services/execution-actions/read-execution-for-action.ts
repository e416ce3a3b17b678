import { describeExecution } from '../../aws/describe-execution';
import { isDataSourceError } from '../../aws/errors';
import type { ExecutionDetail } from '../../domain/execution';
import { offerExecutionActions } from '../../execution-actions/offer-execution-actions';
import type { ActionResult, ExecutionAction } from '../../execution-actions/types';

/**
 * The execution as the data source has it now, when it offers `action`: the server checks the same
 * rules the page showed, against a fresh DescribeExecution, so a stale page cannot stop a finished
 * execution or redrive one past its window.
 */
export async function readExecutionForAction(
  executionArn: string,
  action: ExecutionAction,
  now: Date,
): Promise<ActionResult<ExecutionDetail>> {
  let execution: ExecutionDetail;
  try {
    execution = await describeExecution(executionArn);
  } catch (error) {
    if (!isDataSourceError(error)) throw error;
    return { ok: false, problem: error.toProblem() };
  }
  const offer = offerExecutionActions(execution, now)[action];
  if (!offer.offered)
    return { ok: false, problem: { kind: 'conflict', message: offer.reason, hint: 'Reload the page to see the execution as it is now.' } };
  return { ok: true, value: execution };
}
