import { randomUUID } from 'node:crypto';
import { toEpochSeconds, type ActionContext, type ActionResult } from '../action-context';
import { ApiError } from '../api-error';
import { findStateMachine } from '../find-records';
import { checkDefinition, readLoggingConfiguration, readRoleArn, readTracingConfiguration } from '../read-machine-settings';
import { optionalString, requiredString, type RequestBody } from '../request-fields';

/** UpdateStateMachine adds a revision; running executions keep the one they started with. */
export function updateStateMachine(body: RequestBody, context: ActionContext): ActionResult {
  const machine = findStateMachine(context, requiredString(body, 'stateMachineArn'));
  const definition = optionalString(body, 'definition', 1_048_576);
  const roleArn = readRoleArn(optionalString(body, 'roleArn'));
  const loggingConfiguration = readLoggingConfiguration(body);
  const tracingConfiguration = readTracingConfiguration(body);
  if (!definition && !roleArn && !loggingConfiguration && !tracingConfiguration) {
    throw new ApiError(
      'MissingRequiredParameter',
      'Either the definition, the role ARN, the LoggingConfiguration, or the TracingConfiguration must be specified',
    );
  }
  if (definition) checkDefinition(context, definition);
  const now = context.nowMs();
  const revision = context.store.addRevision(machine, {
    revisionId: randomUUID(),
    definition: definition ?? machine.current.definition,
    roleArn: roleArn ?? machine.current.roleArn,
    loggingConfiguration: loggingConfiguration ?? machine.current.loggingConfiguration,
    tracingConfiguration: tracingConfiguration ?? machine.current.tracingConfiguration,
    description: machine.current.description,
    updateDateMs: now,
  });
  return { updateDate: toEpochSeconds(now), revisionId: revision.revisionId };
}
