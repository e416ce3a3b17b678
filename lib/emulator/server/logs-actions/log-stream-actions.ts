import type { ActionContext, ActionResult } from '../action-context';
import { ApiError } from '../api-error';
import { optionalBoolean, optionalEnum, optionalInteger, optionalString, requiredString, type RequestBody } from '../request-fields';
import type { LogGroupRecord, LogStreamRecord } from '../../logs/logs-store';
import { findLogGroup, findLogStream, logGroupArn, readPosition } from './log-request-fields';

const LOG_STREAM_NAME = /^[^:*]+$/;

export function createLogStream(body: RequestBody, context: ActionContext): ActionResult {
  const group = findLogGroup(context, body);
  const name = requiredString(body, 'logStreamName', 512);
  if (!LOG_STREAM_NAME.test(name)) throw new ApiError('InvalidParameterException', `Log stream name '${name}' may not contain ':' or '*'`);
  if (context.logs.store.getLogStream(group, name))
    throw new ApiError('ResourceAlreadyExistsException', 'The specified log stream already exists');
  context.logs.store.createLogStream(group, name, context.nowMs());
  return {};
}

function toLogStream(context: ActionContext, group: LogGroupRecord, stream: LogStreamRecord): Record<string, unknown> {
  return {
    logStreamName: stream.name,
    creationTime: stream.creationTimeMs,
    ...(stream.firstEventTimestampMs !== null ? { firstEventTimestamp: stream.firstEventTimestampMs } : {}),
    ...(stream.lastEventTimestampMs !== null ? { lastEventTimestamp: stream.lastEventTimestampMs } : {}),
    ...(stream.lastIngestionTimeMs !== null ? { lastIngestionTime: stream.lastIngestionTimeMs } : {}),
    arn: `${logGroupArn(context, group.name, false)}:log-stream:${stream.name}`,
    storedBytes: stream.storedBytes,
  };
}

/** DescribeLogStreams: by name (prefix allowed) or by last event time, 50 per page at most. */
export function describeLogStreams(body: RequestBody, context: ActionContext): ActionResult {
  const group = findLogGroup(context, body);
  const prefix = optionalString(body, 'logStreamNamePrefix', 512) ?? '';
  const orderBy = optionalEnum(body, 'orderBy', ['LogStreamName', 'LastEventTime'] as const) ?? 'LogStreamName';
  if (orderBy === 'LastEventTime' && prefix) {
    throw new ApiError('InvalidParameterException', 'Cannot order by LastEventTime with a logStreamNamePrefix.');
  }
  const descending = optionalBoolean(body, 'descending') ?? false;
  const limit = optionalInteger(body, 'limit', 1, 50) ?? 50;
  const scope = `DescribeLogStreams:${group.id}:${prefix}:${orderBy}:${descending}`;
  const offset = readPosition(context, body, scope) ?? 0;
  const streams = context.logs.store.listLogStreams(group, prefix);
  if (orderBy === 'LastEventTime') streams.sort((a, b) => (a.lastEventTimestampMs ?? 0) - (b.lastEventTimestampMs ?? 0) || a.id - b.id);
  if (descending) streams.reverse();
  const page = streams.slice(offset, offset + limit);
  return {
    logStreams: page.map((stream) => toLogStream(context, group, stream)),
    ...(streams.length > offset + limit ? { nextToken: context.tokens.encode(scope, offset + limit) } : {}),
  };
}

/** PutLogEvents: appends events to a stream (the emulator itself writes execution records directly). */
export function putLogEvents(body: RequestBody, context: ActionContext): ActionResult {
  const group = findLogGroup(context, body);
  const stream = findLogStream(context, group, body);
  const events = body.logEvents;
  if (!Array.isArray(events) || events.length === 0 || events.length > 10_000) {
    throw new ApiError('InvalidParameterException', 'logEvents must be a list of 1 to 10,000 events');
  }
  const parsed = events.map((event: unknown, index) => {
    const { timestamp, message } = (event ?? {}) as { timestamp?: unknown; message?: unknown };
    if (typeof timestamp !== 'number' || !Number.isInteger(timestamp) || typeof message !== 'string' || message === '') {
      throw new ApiError('InvalidParameterException', `logEvents[${index}] needs an integer timestamp (epoch ms) and a non-empty message`);
    }
    return { timestampMs: timestamp, message };
  });
  context.logs.store.putLogEvents(group, stream, parsed, context.nowMs());
  return {};
}
