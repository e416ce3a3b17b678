import { childWorkflowOfExecution } from '../../map-runs/child-workflow';
import { mapRunStoreOf } from '../../map-runs/map-run-store';
import { toEpochSeconds, type ActionContext, type ActionResult } from '../action-context';
import { ApiError } from '../api-error';
import { refuseExpressExecution } from '../arns';
import { findExecution } from '../find-records';
import { requiredString, type RequestBody } from '../request-fields';

/**
 * The state machine as it was when the execution started (its stored revision), even after updates or
 * deletion. For a Distributed Map's child, the Map Run's workflow: the labelled machine
 * (`…:stateMachine:NAME/LABEL`), the ItemProcessor as its definition, `mapRunArn` and `label`.
 */
export function describeStateMachineForExecution(body: RequestBody, context: ActionContext): ActionResult {
  const arn = requiredString(body, 'executionArn');
  refuseExpressExecution(arn);
  const execution = findExecution(context, arn);
  const revision = context.store.getRevision(execution.stateMachineId, execution.revision);
  if (!revision) throw new ApiError('InternalFailure', `The definition of ${execution.stateMachineArn} is missing`, 500);
  const child = mapRunStoreOf(context.store).getChild(execution.id);
  const workflow = child && childWorkflowOfExecution(context.store, execution.id);
  if (child && !workflow) throw new ApiError('InternalFailure', `The Map state of Map Run ${child.mapRunArn} is missing`, 500);
  return {
    stateMachineArn: child ? child.stateMachineArn : execution.stateMachineArn,
    name: execution.stateMachineName,
    definition: workflow ? workflow.definition : revision.definition,
    roleArn: revision.roleArn,
    updateDate: toEpochSeconds(revision.updateDateMs),
    loggingConfiguration: JSON.parse(revision.loggingConfiguration) as unknown,
    tracingConfiguration: JSON.parse(revision.tracingConfiguration) as unknown,
    ...(workflow ? { mapRunArn: workflow.mapRunArn, label: workflow.label } : {}),
    revisionId: revision.revisionId,
  };
}
