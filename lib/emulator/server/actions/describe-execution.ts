import type { ExecutionRecord } from '../../store/store-types';
import type { ActionContext, ActionResult } from '../action-context';
import { refuseExpressExecution } from '../arns';
import { findExecution } from '../find-records';
import { requiredString, type RequestBody } from '../request-fields';
import { executionListItem } from './execution-list-item';

/** The emulator has no RedriveExecution, so nothing is redrivable; the reason says why. */
function redriveStatusReason(execution: ExecutionRecord): string {
  if (execution.status === 'RUNNING' || execution.status === 'SUCCEEDED') {
    return `Execution is ${execution.status} and cannot be redriven`;
  }
  return 'The Statescope emulator does not support RedriveExecution';
}

export function describeExecution(body: RequestBody, context: ActionContext): ActionResult {
  const arn = requiredString(body, 'executionArn');
  refuseExpressExecution(arn);
  const execution = findExecution(context, arn);
  return {
    ...executionListItem(execution),
    input: execution.input,
    inputDetails: { included: true },
    ...(execution.output !== null ? { output: execution.output, outputDetails: { included: true } } : {}),
    ...(execution.error !== null ? { error: execution.error } : {}),
    ...(execution.cause !== null ? { cause: execution.cause } : {}),
    redriveCount: 0,
    redriveStatus: 'NOT_REDRIVABLE',
    redriveStatusReason: redriveStatusReason(execution),
  };
}
