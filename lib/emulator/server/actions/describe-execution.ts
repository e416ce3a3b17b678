import { childRedriveEligibility } from '../../map-runs/child-redrive-eligibility';
import { mapRunStoreOf } from '../../map-runs/map-run-store';
import type { ActionContext, ActionResult } from '../action-context';
import { namesLabelledMachine, refuseExpressExecution } from '../arns';
import { findExecution } from '../find-records';
import { endedUnsuccessfully, redriveEligibility } from '../redrive-eligibility';
import { requiredString, type RequestBody } from '../request-fields';
import { addRedriveFields, executionListItem } from './execution-list-item';

export function describeExecution(body: RequestBody, context: ActionContext): ActionResult {
  const arn = requiredString(body, 'executionArn');
  refuseExpressExecution(arn);
  const execution = findExecution(context, arn);
  // A Distributed Map child runs the Map Run's labelled machine, names its Map Run and is redriven by it.
  // Both looked up only when they can matter: this runs on every poll of every client.
  const child = namesLabelledMachine(execution.arn) ? mapRunStoreOf(context.store).getChild(execution.id) : undefined;
  const eligibility = child
    ? childRedriveEligibility(context.store, execution, child, context.nowMs())
    : redriveEligibility(execution, endedUnsuccessfully(execution) ? context.store.getLastEventId(execution.id) : 0, context.nowMs());
  // Members added in order rather than spread in: this answer is built on every poll.
  const answer = executionListItem(execution);
  if (child) {
    answer.stateMachineArn = child.stateMachineArn;
    answer.mapRunArn = child.mapRunArn;
  }
  answer.input = execution.input;
  answer.inputDetails = { included: true };
  if (execution.output !== null) {
    answer.output = execution.output;
    answer.outputDetails = { included: true };
  }
  if (execution.error !== null) answer.error = execution.error;
  if (execution.cause !== null) answer.cause = execution.cause;
  addRedriveFields(answer, execution);
  answer.redriveStatus = eligibility.status;
  if (eligibility.reason !== undefined) answer.redriveStatusReason = eligibility.reason;
  return answer;
}
