import { childRedriveEligibility } from '../../map-runs/child-redrive-eligibility';
import { mapRunStoreOf } from '../../map-runs/map-run-store';
import type { ActionContext, ActionResult } from '../action-context';
import { refuseExpressExecution } from '../arns';
import { findExecution } from '../find-records';
import { redriveEligibility } from '../redrive-eligibility';
import { requiredString, type RequestBody } from '../request-fields';
import { executionListItem, redriveFields } from './execution-list-item';

export function describeExecution(body: RequestBody, context: ActionContext): ActionResult {
  const arn = requiredString(body, 'executionArn');
  refuseExpressExecution(arn);
  const execution = findExecution(context, arn);
  // A Distributed Map child runs the Map Run's labelled machine, names its Map Run and is redriven by it.
  const child = mapRunStoreOf(context.store).getChild(execution.id);
  const eligibility = child
    ? childRedriveEligibility(context.store, execution, child, context.nowMs())
    : redriveEligibility(execution, context.store.getLastEventId(execution.id), context.nowMs());
  return {
    ...executionListItem(execution),
    ...(child ? { stateMachineArn: child.stateMachineArn, mapRunArn: child.mapRunArn } : {}),
    input: execution.input,
    inputDetails: { included: true },
    ...(execution.output !== null ? { output: execution.output, outputDetails: { included: true } } : {}),
    ...(execution.error !== null ? { error: execution.error } : {}),
    ...(execution.cause !== null ? { cause: execution.cause } : {}),
    ...redriveFields(execution),
    redriveStatus: eligibility.status,
    ...(eligibility.reason !== undefined ? { redriveStatusReason: eligibility.reason } : {}),
  };
}
