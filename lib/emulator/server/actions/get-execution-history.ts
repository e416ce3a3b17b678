import type { StoredEvent } from '../../store/store-types';
import { RawJson, type ActionContext, type ActionResult } from '../action-context';
import { refuseExpressExecution } from '../arns';
import { findExecution } from '../find-records';
import { optionalBoolean, optionalString, requiredString, type RequestBody } from '../request-fields';
import { readPageSize } from './page-size';

// Fields holding execution data; includeExecutionData=false leaves them out and keeps everything else.
const DATA_FIELDS = ['input', 'inputDetails', 'output', 'outputDetails'];

function withoutData(details: string): string {
  const parsed = JSON.parse(details) as Record<string, Record<string, unknown>>;
  for (const member of Object.values(parsed)) {
    if (member && typeof member === 'object') for (const field of DATA_FIELDS) delete member[field];
  }
  return JSON.stringify(parsed);
}

/** One HistoryEvent as JSON text, spliced from the stored columns without re-encoding the details. */
function toEventJson(event: StoredEvent, includeData: boolean): string {
  const head = `{"timestamp":${event.timestampMs / 1000},"type":${JSON.stringify(event.type)},"id":${event.id},"previousEventId":${event.previousEventId}`;
  const details = includeData ? event.details : withoutData(event.details);
  return details.length > 2 ? `${head},${details.slice(1)}` : `${head}}`;
}

/** GetExecutionHistory: pages of at most maxResults events, ascending by id unless reverseOrder. */
export function getExecutionHistory(body: RequestBody, context: ActionContext): ActionResult {
  const arn = requiredString(body, 'executionArn');
  refuseExpressExecution(arn);
  const limit = readPageSize(body);
  const reverse = optionalBoolean(body, 'reverseOrder') ?? false;
  const includeData = optionalBoolean(body, 'includeExecutionData') ?? true;
  const token = optionalString(body, 'nextToken', 1024);
  const execution = findExecution(context, arn);
  const scope = `history|${execution.id}|${reverse ? 'reverse' : 'forward'}`;
  const fromId = token ? context.tokens.decode(token, scope) : reverse ? Number.MAX_SAFE_INTEGER : 0;
  const rows = context.store.getEvents(execution.id, fromId, reverse, limit + 1);
  const page = rows.length > limit ? rows.slice(0, limit) : rows;
  const events = page.map((event) => toEventJson(event, includeData)).join(',');
  const last = page.at(-1);
  if (rows.length > limit && !last) throw new Error('GetExecutionHistory: an empty page cannot carry a next token');
  const nextToken = rows.length > limit && last ? `,"nextToken":${JSON.stringify(context.tokens.encode(scope, last.id))}` : '';
  return new RawJson(`{"events":[${events}]${nextToken}}`);
}
