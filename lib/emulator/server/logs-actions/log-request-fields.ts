import type { ActionContext } from '../action-context';
import { ApiError } from '../api-error';
import { optionalString, requiredString, type RequestBody } from '../request-fields';
import type { LogGroupRecord, LogStreamRecord } from '../../logs/logs-store';

const LOG_GROUP_NAME = /^[.\-_/#A-Za-z0-9]+$/;
const LOG_GROUP_ARN = /^arn:[\w-]+:logs:[^:]*:\d*:log-group:([^:]+)(:\*)?$/;

export function logGroupArn(context: ActionContext, name: string, withStar: boolean): string {
  return `arn:aws:logs:${context.region}:${context.accountId}:log-group:${name}${withStar ? ':*' : ''}`;
}

export function checkLogGroupName(name: string): string {
  if (!LOG_GROUP_NAME.test(name)) {
    throw new ApiError(
      'InvalidParameterException',
      `1 validation error detected: Value '${name}' at 'logGroupName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\.\\-_/#A-Za-z0-9]+`,
    );
  }
  return name;
}

function notFound(what: string): ApiError {
  return new ApiError('ResourceNotFoundException', `The specified ${what} does not exist.`);
}

/** The group named by `logGroupName`, or by `logGroupIdentifier` (a name or an ARN). */
export function findLogGroup(context: ActionContext, body: RequestBody): LogGroupRecord {
  context.logs.writer.flush();
  const identifier = optionalString(body, 'logGroupIdentifier', 2048);
  const name = identifier ? (LOG_GROUP_ARN.exec(identifier)?.[1] ?? identifier) : requiredString(body, 'logGroupName', 512);
  const group = context.logs.store.getLogGroup(context.region, name);
  if (!group) throw notFound('log group');
  return group;
}

export function findLogStream(context: ActionContext, group: LogGroupRecord, body: RequestBody): LogStreamRecord {
  const stream = context.logs.store.getLogStream(group, requiredString(body, 'logStreamName', 512));
  if (!stream) throw notFound('log stream');
  return stream;
}

/** A page position from `nextToken`, bound to the request's other arguments. */
export function readPosition(context: ActionContext, body: RequestBody, scope: string): number | undefined {
  const token = optionalString(body, 'nextToken', 4096);
  return token === undefined ? undefined : context.tokens.decode(token, scope);
}
