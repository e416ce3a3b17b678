import { toEpochSeconds, type ActionContext, type ActionResult } from '../action-context';
import { findStateMachine } from '../find-records';
import { requiredString, type RequestBody } from '../request-fields';

export function describeStateMachine(body: RequestBody, context: ActionContext): ActionResult {
  const machine = findStateMachine(context, requiredString(body, 'stateMachineArn'));
  const { current } = machine;
  return {
    stateMachineArn: machine.arn,
    name: machine.name,
    status: 'ACTIVE',
    definition: current.definition,
    roleArn: current.roleArn,
    type: machine.type,
    creationDate: toEpochSeconds(machine.creationDateMs),
    loggingConfiguration: JSON.parse(current.loggingConfiguration) as unknown,
    tracingConfiguration: JSON.parse(current.tracingConfiguration) as unknown,
    revisionId: current.revisionId,
    ...(current.description ? { description: current.description } : {}),
  };
}
