import { detailsKeyOf } from './history-event-types';
import { HistoryInputError, type HistoryInputLocation } from './history-input-error';
import { describe, isRecord } from './to-event-details';
import { toExecutionEvent, type ConversionNotes } from './to-execution-event';
import type { ExecutionEvent } from './types';

/**
 * One CloudWatch Logs record of an execution (docs/aws-behaviour.md#cloudwatch-logs-record-format):
 * every number is a string, `event_timestamp` is epoch milliseconds, and `details` is the
 * `*EventDetails` member, flattened.
 */
export interface LogRecord {
  id: string;
  type: string;
  details?: Record<string, unknown>;
  previous_event_id?: string;
  event_timestamp: string;
  execution_arn?: string;
  redrive_count?: string;
}

/**
 * Converts a log record into the same ExecutionEvent an API history gives, so Express executions
 * (whose history exists only in CloudWatch Logs) reconstruct with the same code.
 */
export function toLogExecutionEvent(raw: unknown, at: HistoryInputLocation, notes?: ConversionNotes, summary = false): ExecutionEvent {
  if (!isRecord(raw)) throw new HistoryInputError(at, `expected a log record object, got ${describe(raw)}`);
  const type = raw.type;
  const asEvent: Record<string, unknown> = {
    id: raw.id,
    previousEventId: raw.previous_event_id,
    type,
    timestamp: raw.event_timestamp,
  };
  if (typeof type === 'string' && raw.details !== undefined) asEvent[detailsKeyOf(type)] = raw.details;
  return toExecutionEvent(asEvent, at, notes, summary);
}
