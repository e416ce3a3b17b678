import { randomUUID } from 'node:crypto';
import { STATE_MACHINE_TYPES } from '../../store/store-types';
import { toEpochSeconds, type ActionContext, type ActionResult } from '../action-context';
import { ApiError } from '../api-error';
import { toStateMachineArn } from '../arns';
import { isValidName } from '../is-valid-name';
import {
  checkDefinition,
  DEFAULT_LOGGING_CONFIGURATION,
  DEFAULT_TRACING_CONFIGURATION,
  readLoggingConfiguration,
  readRoleArn,
  readTracingConfiguration,
} from '../read-machine-settings';
import { optionalEnum, requiredString, type RequestBody } from '../request-fields';

const MAX_DEFINITION_CHARS = 1_048_576;

/** CreateStateMachine. Idempotent when every setting matches the existing machine, as on AWS. */
export function createStateMachine(body: RequestBody, context: ActionContext): ActionResult {
  const name = requiredString(body, 'name', 80);
  if (!isValidName(name)) throw new ApiError('InvalidName', `Invalid Name: '${name}'`);
  const definition = requiredString(body, 'definition', MAX_DEFINITION_CHARS);
  const roleArn = readRoleArn(requiredString(body, 'roleArn'));
  const type = optionalEnum(body, 'type', STATE_MACHINE_TYPES) ?? 'STANDARD';
  const loggingConfiguration = readLoggingConfiguration(body) ?? DEFAULT_LOGGING_CONFIGURATION;
  const tracingConfiguration = readTracingConfiguration(body) ?? DEFAULT_TRACING_CONFIGURATION;
  checkDefinition(context, definition);

  const arn = toStateMachineArn(context.region, context.accountId, name);
  const existing = context.store.getStateMachine(arn);
  if (existing) {
    const same =
      existing.type === type &&
      existing.current.definition === definition &&
      existing.current.roleArn === roleArn &&
      existing.current.loggingConfiguration === loggingConfiguration &&
      existing.current.tracingConfiguration === tracingConfiguration;
    if (!same) throw new ApiError('StateMachineAlreadyExists', `State Machine Already Exists: '${arn}'`);
    return { stateMachineArn: arn, creationDate: toEpochSeconds(existing.creationDateMs) };
  }
  const now = context.nowMs();
  context.store.insertStateMachine({
    arn,
    name,
    type,
    creationDateMs: now,
    revision: {
      revisionId: randomUUID(),
      definition,
      roleArn,
      loggingConfiguration,
      tracingConfiguration,
      description: null,
      updateDateMs: now,
    },
  });
  return { stateMachineArn: arn, creationDate: toEpochSeconds(now) };
}
