import type { ActionContext, ActionResult } from '../action-context';
import { ApiError } from '../api-error';
import { optionalInteger, optionalString, requiredString, type RequestBody } from '../request-fields';
import type { LogGroupRecord } from '../../logs/logs-store';
import { checkLogGroupName, findLogGroup, logGroupArn, readPosition } from './log-request-fields';

export function createLogGroup(body: RequestBody, context: ActionContext): ActionResult {
  const name = checkLogGroupName(requiredString(body, 'logGroupName', 512));
  if (context.logs.store.getLogGroup(context.region, name)) {
    throw new ApiError('ResourceAlreadyExistsException', 'The specified log group already exists');
  }
  context.logs.store.createLogGroup(context.region, name, context.nowMs());
  return {};
}

export function deleteLogGroup(body: RequestBody, context: ActionContext): ActionResult {
  const group = findLogGroup(context, body);
  context.logs.writer.forgetDestinations();
  context.logs.store.deleteLogGroup(group);
  return {};
}

function toLogGroup(context: ActionContext, group: LogGroupRecord): Record<string, unknown> {
  return {
    logGroupName: group.name,
    creationTime: group.creationTimeMs,
    metricFilterCount: 0,
    arn: logGroupArn(context, group.name, true),
    storedBytes: group.storedBytes,
    logGroupClass: 'STANDARD',
    logGroupArn: logGroupArn(context, group.name, false),
  };
}

/** DescribeLogGroups: by name, 50 per page at most. */
export function describeLogGroups(body: RequestBody, context: ActionContext): ActionResult {
  const prefix = optionalString(body, 'logGroupNamePrefix', 512) ?? '';
  const limit = optionalInteger(body, 'limit', 1, 50) ?? 50;
  const offset = readPosition(context, body, `DescribeLogGroups:${context.region}:${prefix}`) ?? 0;
  context.logs.writer.flush();
  const groups = context.logs.store.listLogGroups(context.region, prefix, offset, limit + 1);
  const page = groups.slice(0, limit);
  return {
    logGroups: page.map((group) => toLogGroup(context, group)),
    ...(groups.length > limit ? { nextToken: context.tokens.encode(`DescribeLogGroups:${context.region}:${prefix}`, offset + limit) } : {}),
  };
}
