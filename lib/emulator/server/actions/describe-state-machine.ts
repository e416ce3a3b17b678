import { childWorkflowOfLabel, type ChildWorkflow } from '../../map-runs/child-workflow';
import type { StateMachineRecord } from '../../store/store-types';
import { toEpochSeconds, type ActionContext, type ActionResult } from '../action-context';
import { ApiError } from '../api-error';
import { parseStateMachineArn } from '../arns';
import { findStateMachine } from '../find-records';
import { requiredString, type RequestBody } from '../request-fields';

/**
 * `…:stateMachine:NAME/LABEL` names a Distributed Map's workflow in machine NAME
 * (https://docs.aws.amazon.com/step-functions/latest/apireference/API_DescribeStateMachine.html):
 * the machine and that workflow, or StateMachineDoesNotExist when no such Map state or Map Run exists.
 */
function findLabelledWorkflow(context: ActionContext, arn: string): { machine: StateMachineRecord; workflow: ChildWorkflow } | undefined {
  const { name } = parseStateMachineArn(arn);
  const slash = name.indexOf('/');
  if (slash <= 0 || slash === name.length - 1) return undefined;
  const machine = context.store.getStateMachine(arn.slice(0, arn.length - (name.length - slash)));
  const workflow = machine && childWorkflowOfLabel(context.store, machine.id, machine.current.definition, name.slice(slash + 1));
  if (!machine || !workflow) throw new ApiError('StateMachineDoesNotExist', `State Machine Does Not Exist: '${arn}'`);
  return { machine, workflow };
}

export function describeStateMachine(body: RequestBody, context: ActionContext): ActionResult {
  const arn = requiredString(body, 'stateMachineArn');
  const labelled = findLabelledWorkflow(context, arn);
  const machine = labelled ? labelled.machine : findStateMachine(context, arn);
  const { current } = machine;
  return {
    stateMachineArn: labelled ? arn : machine.arn,
    name: machine.name,
    status: 'ACTIVE',
    definition: labelled ? labelled.workflow.definition : current.definition,
    roleArn: current.roleArn,
    type: labelled ? labelled.workflow.type : machine.type,
    creationDate: toEpochSeconds(machine.creationDateMs),
    loggingConfiguration: JSON.parse(current.loggingConfiguration) as unknown,
    tracingConfiguration: JSON.parse(current.tracingConfiguration) as unknown,
    ...(labelled ? { label: labelled.workflow.label } : {}),
    revisionId: current.revisionId,
    ...(current.description ? { description: current.description } : {}),
  };
}
