import { ApiError } from './api-error';
import { checkRoleArn } from './arns';
import type { ActionContext } from './action-context';
import { optionalBoolean, optionalEnum, optionalObject, type RequestBody } from './request-fields';

const LOG_LEVELS = ['ALL', 'ERROR', 'FATAL', 'OFF'] as const;

function invalidLogging(reason: string): ApiError {
  return new ApiError('InvalidLoggingConfiguration', `Invalid Logging Configuration: ${reason}`);
}

/**
 * loggingConfiguration as AWS stores it (docs/aws-behaviour.md#logging-configuration-and-log-levels);
 * undefined when the request has none.
 */
export function readLoggingConfiguration(body: RequestBody): string | undefined {
  const config = optionalObject(body, 'loggingConfiguration');
  if (!config) return undefined;
  const level = optionalEnum(config, 'level', LOG_LEVELS) ?? 'OFF';
  const includeExecutionData = optionalBoolean(config, 'includeExecutionData') ?? false;
  const destinations = config.destinations ?? [];
  if (!Array.isArray(destinations)) throw invalidLogging('destinations must be a list.');
  if (destinations.length > 1) throw invalidLogging('Must specify exactly one Log Destination.');
  if (level !== 'OFF' && destinations.length === 0) throw invalidLogging('Must specify exactly one Log Destination.');
  const normalized = destinations.map((destination: unknown) => {
    const group = (destination as { cloudWatchLogsLogGroup?: { logGroupArn?: unknown } } | null)?.cloudWatchLogsLogGroup;
    const logGroupArn = group?.logGroupArn;
    if (typeof logGroupArn !== 'string' || !/^arn:aws[\w-]*:logs:[^:]+:\d{12}:log-group:.+:\*$/.test(logGroupArn)) {
      throw invalidLogging(
        `Log Destination not valid: a logGroupArn of the form arn:aws:logs:{region}:{account}:log-group:{name}:* is required.`,
      );
    }
    return { cloudWatchLogsLogGroup: { logGroupArn } };
  });
  return JSON.stringify(
    normalized.length > 0 ? { level, includeExecutionData, destinations: normalized } : { level, includeExecutionData },
  );
}

/**
 * AWS reports this when logging was never configured
 * (docs/aws-behaviour.md#logging-configuration-and-log-levels).
 */
export const DEFAULT_LOGGING_CONFIGURATION = JSON.stringify({ level: 'OFF', includeExecutionData: false });
export const DEFAULT_TRACING_CONFIGURATION = JSON.stringify({ enabled: false });

export function readTracingConfiguration(body: RequestBody): string | undefined {
  const config = optionalObject(body, 'tracingConfiguration');
  if (!config) return undefined;
  return JSON.stringify({ enabled: optionalBoolean(config, 'enabled') ?? false });
}

/** The role ARN, checked when given: required in CreateStateMachine (a string in, a string out), optional in UpdateStateMachine. */
export function readRoleArn<RoleArn extends string | undefined>(roleArn: RoleArn): RoleArn {
  if (roleArn !== undefined) checkRoleArn(roleArn);
  return roleArn;
}

/** Runs the engine's validator; InvalidDefinition carries its message. */
export function checkDefinition(context: ActionContext, definition: string): void {
  const result = context.engine.validateDefinition(definition);
  if (!result.ok) throw new ApiError('InvalidDefinition', `Invalid State Machine Definition: '${result.message}'`);
}
