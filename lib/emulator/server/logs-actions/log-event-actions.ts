import type { ActionContext, ActionResult } from '../action-context';
import { ApiError } from '../api-error';
import { optionalBoolean, optionalInteger, optionalString, type RequestBody } from '../request-fields';
import { compileLogFilter } from './log-filter-pattern';
import type { LogEventRecord } from '../../logs/logs-store';
import { findLogGroup, findLogStream, readPosition } from './log-request-fields';

const MAX_EVENTS = 10_000;
/** Rows one FilterLogEvents call scans at most before answering with a nextToken, as AWS pages a long search. */
const MAX_SCANNED_ROWS = 200_000;
const SCAN_BATCH = 2_000;

function readTimeRange(body: RequestBody): { startTimeMs?: number; endTimeMs?: number } {
  const startTimeMs = optionalInteger(body, 'startTime', 0, Number.MAX_SAFE_INTEGER);
  const endTimeMs = optionalInteger(body, 'endTime', 0, Number.MAX_SAFE_INTEGER);
  if (startTimeMs !== undefined && endTimeMs !== undefined && endTimeMs < startTimeMs) {
    throw new ApiError('InvalidParameterException', 'endTime must be greater than or equal to startTime');
  }
  return { startTimeMs, endTimeMs };
}

/** GetLogEvents tokens look like AWS's: `f/…` reads forward from a position, `b/…` backward. */
const EVENT_TOKEN = /^([fb])\/(\d{1,20})$/;

function encodeEventToken(direction: 'f' | 'b', id: number): string {
  return `${direction}/${String(id).padStart(20, '0')}`;
}

/**
 * GetLogEvents: one stream in time order. Without a token it reads the newest events unless
 * `startFromHead` is true; at the end of the stream it returns the token it was given, as AWS does.
 */
export function getLogEvents(body: RequestBody, context: ActionContext): ActionResult {
  const group = findLogGroup(context, body);
  const stream = findLogStream(context, group, body);
  const range = readTimeRange(body);
  const limit = optionalInteger(body, 'limit', 1, MAX_EVENTS) ?? MAX_EVENTS;
  const token = optionalString(body, 'nextToken', 1024);
  let direction: 'f' | 'b' = optionalBoolean(body, 'startFromHead') === true ? 'f' : 'b';
  let after: { timestampMs: number; id: number } | undefined;
  if (token !== undefined) {
    const match = EVENT_TOKEN.exec(token);
    if (!match) throw new ApiError('InvalidParameterException', `The specified nextToken is invalid: '${token}'`);
    direction = match[1] as 'f' | 'b';
    const id = Number(match[2]);
    after = context.logs.store.positionOf(id) ?? (id === 0 ? { timestampMs: -1, id: 0 } : undefined);
    if (!after) throw new ApiError('InvalidParameterException', `The specified nextToken is invalid: '${token}'`);
  }
  const query = { groupId: group.id, streamIds: [stream.id], ...range, containing: [], after, limit };
  const found = direction === 'f' ? context.logs.store.queryEvents(query) : context.logs.store.queryEvents(query, true).reverse();
  const first = found[0];
  const last = found.at(-1);
  const here = after?.id ?? 0;
  return {
    events: found.map((event) => ({ timestamp: event.timestampMs, message: event.message, ingestionTime: event.ingestionTimeMs })),
    nextForwardToken: last ? encodeEventToken('f', last.id) : token && direction === 'f' ? token : encodeEventToken('f', here),
    nextBackwardToken: first ? encodeEventToken('b', first.id) : token && direction === 'b' ? token : encodeEventToken('b', here),
  };
}

function toFilteredEvent(event: LogEventRecord): Record<string, unknown> {
  return {
    logStreamName: event.streamName,
    timestamp: event.timestampMs,
    message: event.message,
    ingestionTime: event.ingestionTimeMs,
    eventId: String(event.id),
  };
}

/**
 * FilterLogEvents: a group's events in time order, across its streams, that match the filter pattern.
 * A page may hold fewer than `limit` events and still carry a nextToken (the search went on too long).
 */
export function filterLogEvents(body: RequestBody, context: ActionContext): ActionResult {
  const group = findLogGroup(context, body);
  const range = readTimeRange(body);
  const limit = optionalInteger(body, 'limit', 1, MAX_EVENTS) ?? MAX_EVENTS;
  const filterPattern = optionalString(body, 'filterPattern', 1024);
  const filter = compileLogFilter(filterPattern);
  const prefix = optionalString(body, 'logStreamNamePrefix', 512);
  const names = body.logStreamNames;
  if (names !== undefined && (!Array.isArray(names) || names.some((n) => typeof n !== 'string'))) {
    throw new ApiError('InvalidParameterException', 'logStreamNames must be a list of strings');
  }
  if (names !== undefined && prefix !== undefined) {
    throw new ApiError('InvalidParameterException', 'logStreamNames and logStreamNamePrefix are mutually exclusive');
  }
  const streamNames = names as string[] | undefined;
  const streamIds =
    streamNames || prefix !== undefined
      ? context.logs.store
          .listLogStreams(group, prefix ?? '')
          .filter((stream) => !streamNames || streamNames.includes(stream.name))
          .map((stream) => stream.id)
      : undefined;
  const scope = `FilterLogEvents:${group.id}:${JSON.stringify([range, filterPattern ?? '', prefix ?? '', streamNames ?? null])}`;
  const position = readPosition(context, body, scope);
  let after = position === undefined ? undefined : context.logs.store.positionOf(position);
  if (position !== undefined && !after) throw new ApiError('InvalidParameterException', 'The specified nextToken is invalid.');

  const matched: LogEventRecord[] = [];
  let scanned = 0;
  let exhausted = false;
  let lastScanned: LogEventRecord | undefined;
  for (;;) {
    const rows = context.logs.store.queryEvents({
      groupId: group.id,
      streamIds,
      ...range,
      containing: filter.requiredTexts,
      after,
      limit: SCAN_BATCH,
    });
    let full = false;
    for (const [index, row] of rows.entries()) {
      lastScanned = row;
      scanned++;
      if (filter.matches(row.message)) matched.push(row);
      if (matched.length === limit) {
        full = true;
        exhausted = index === rows.length - 1 && rows.length < SCAN_BATCH;
        break;
      }
    }
    if (full) break;
    // Not full: every row was scanned, so the batch's last row is where the next one starts.
    const lastRow = rows.at(-1);
    if (rows.length < SCAN_BATCH || lastRow === undefined) {
      exhausted = true;
      break;
    }
    after = { timestampMs: lastRow.timestampMs, id: lastRow.id };
    if (scanned >= MAX_SCANNED_ROWS) break;
  }
  return {
    events: matched.map(toFilteredEvent),
    searchedLogStreams: [],
    ...(!exhausted && lastScanned ? { nextToken: context.tokens.encode(scope, lastScanned.id) } : {}),
  };
}
