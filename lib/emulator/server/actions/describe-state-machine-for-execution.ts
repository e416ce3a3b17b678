import { toEpochSeconds, type ActionContext, type ActionResult } from '../action-context';
import { ApiError } from '../api-error';
import { refuseExpressExecution } from '../arns';
import { findExecution } from '../find-records';
import { requiredString, type RequestBody } from '../request-fields';

/** The state machine as it was when the execution started (its stored revision), even after updates or deletion. */
export function describeStateMachineForExecution(body: RequestBody, context: ActionContext): ActionResult {
  const arn = requiredString(body, 'executionArn');
  refuseExpressExecution(arn);
  const execution = findExecution(context, arn);
  const revision = context.store.getRevision(execution.stateMachineId, execution.revision);
  if (!revision) throw new ApiError('InternalFailure', `The definition of ${execution.stateMachineArn} is missing`, 500);
  return {
    stateMachineArn: execution.stateMachineArn,
    name: execution.stateMachineName,
    definition: revision.definition,
    roleArn: revision.roleArn,
    updateDate: toEpochSeconds(revision.updateDateMs),
    loggingConfiguration: JSON.parse(revision.loggingConfiguration) as unknown,
    tracingConfiguration: JSON.parse(revision.tracingConfiguration) as unknown,
    revisionId: revision.revisionId,
  };
}
