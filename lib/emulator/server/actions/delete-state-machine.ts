import type { ActionContext, ActionResult } from '../action-context';
import { parseStateMachineArn } from '../arns';
import { requiredString, type RequestBody } from '../request-fields';

/**
 * DeleteStateMachine. AWS lists no StateMachineDoesNotExist for it, so deleting a missing machine succeeds.
 * Executions stay readable, and running ones go on to their end, as on AWS.
 */
export function deleteStateMachine(body: RequestBody, context: ActionContext): ActionResult {
  const arn = requiredString(body, 'stateMachineArn');
  parseStateMachineArn(arn);
  const machine = context.store.getStateMachine(arn);
  if (machine) context.store.deleteStateMachine(machine.id, context.nowMs());
  return {};
}
