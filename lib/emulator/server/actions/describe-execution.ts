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
  const eligibility = redriveEligibility(execution, context.store.getLastEvent(execution.id)?.id ?? 0, context.nowMs());
  // A Distributed Map child runs the Map Run's labelled machine and names its Map Run.
  const child = mapRunStoreOf(context.store).getChild(execution.id);
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
