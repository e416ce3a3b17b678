import { DETAILS_KEY, detailsKeyOf, isHistoryEventType } from './history-event-types';
import { HistoryInputError, type HistoryInputLocation } from './history-input-error';
import { describe, isRecord } from './to-event-details';

/**
 * A CloudWatch Logs record rebuilt as the history event GetExecutionHistory would return
 * (docs/aws-behaviour.md#cloudwatch-logs-record-format): numbers as numbers, the flat `details` under
 * the type's `*EventDetails` key. `timestamp` is null when the record's time is masked or missing.
 */
export interface LogHistoryEvent {
  id: number;
  previousEventId: number;
  type: string;
  timestamp: Date | null;
  [detailsKey: `${string}EventDetails`]: Record<string, unknown> | undefined;
}

function toId(value: unknown, at: HistoryInputLocation, field: string, min: number): number {
  const n = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  if (typeof n === 'number' && Number.isSafeInteger(n) && n >= min) return n;
  throw new HistoryInputError(
    { ...at, field },
    value === undefined ? 'missing' : `expected an integer of at least ${min}, got ${describe(value)}`,
  );
}

function toTimestamp(value: unknown, at: HistoryInputLocation): Date | null {
  if (value === undefined || value === null || value === 'timestamp') return null;
  const ms = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  if (typeof ms === 'number' && Number.isFinite(ms)) {
    const date = new Date(ms);
    // A Date holds ±8.64e15 ms; past that it is Invalid Date, which throws when printed.
    if (Number.isNaN(date.getTime()))
      throw new HistoryInputError(
        { ...at, field: 'event_timestamp' },
        `${describe(value)} is outside the range of dates (years -271821 to 275760)`,
      );
    return date;
  }
  throw new HistoryInputError({ ...at, field: 'event_timestamp' }, `expected epoch milliseconds, got ${describe(value)}`);
}

/** Rebuilds one log record as a history event; a record without `details` gets none (like the API). */
export function toLogHistoryEvent(raw: unknown, at: HistoryInputLocation): LogHistoryEvent {
  if (!isRecord(raw)) throw new HistoryInputError(at, `expected a log record object, got ${describe(raw)}`);
  const type = raw.type;
  if (typeof type !== 'string' || type === '')
    throw new HistoryInputError({ ...at, field: 'type' }, `expected a string, got ${describe(type)}`);
  // Absent or null (as readLogRecords and toLogExecutionEvent read it) is 0, the API's value for the first event.
  const previous = raw.previous_event_id;
  const event: LogHistoryEvent = {
    id: toId(raw.id, at, 'id', 1),
    previousEventId: previous === undefined || previous === null ? 0 : toId(previous, at, 'previous_event_id', 0),
    type,
    timestamp: toTimestamp(raw.event_timestamp, at),
  };
  if (raw.details !== undefined && raw.details !== null) {
    if (!isRecord(raw.details))
      throw new HistoryInputError({ ...at, field: 'details' }, `expected an object, got ${describe(raw.details)}`);
    // Events with no details member in the API (LambdaFunctionStarted, …) are logged with `{}`, and so
    // is ExecutionSucceeded without execution data: both read back with no member.
    if (Object.keys(raw.details).length > 0) {
      event[(isHistoryEventType(type) ? DETAILS_KEY[type] : detailsKeyOf(type)) as `${string}EventDetails`] = raw.details;
    }
  }
  return event;
}
