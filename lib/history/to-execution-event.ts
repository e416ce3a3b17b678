import {
  DETAILS_KEY,
  EVENT_TYPE_INFO,
  HISTORY_EVENT_TYPES,
  detailsKeyOf,
  type EventTypeInfo,
  type HistoryEventType,
} from './history-event-types';
import { HistoryInputError, type HistoryInputLocation } from './history-input-error';
import { describe, isRecord, toEventDetails, type DetailsScope } from './to-event-details';
import type { ExecutionEvent } from './types';

/** The SDK's HistoryEvent as a plain object, or one event of `aws stepfunctions get-execution-history`. */
export interface SdkHistoryEvent {
  id: number;
  previousEventId?: number;
  type: string;
  timestamp: Date | string | number;
  [detailsKey: `${string}EventDetails`]: Record<string, unknown> | undefined;
}

/** What the recorder masked or left out, so the caller can warn once instead of per event. */
export interface ConversionNotes {
  maskedTimestamps: number;
  missingTimestamps: number;
}

/** The placeholder the LocalStack recordings put in place of every timestamp. */
const MASKED_TIMESTAMP = 'timestamp';

/**
 * Converts one raw event (SDK object with a Date, or AWS CLI JSON with an ISO string or epoch
 * seconds) into an ExecutionEvent. Unknown types are kept as 'Unknown'; malformed fields throw a
 * HistoryInputError that names the event index and field. `summary` keeps only what the timeline's
 * summary prints (DetailsScope), and the details as received only for unknown types.
 */
export function toExecutionEvent(raw: unknown, at: HistoryInputLocation, notes?: ConversionNotes, summary = false): ExecutionEvent {
  if (!isRecord(raw)) throw new HistoryInputError(at, `expected an event object, got ${describe(raw)}`);

  const rawType = raw.type;
  if (typeof rawType !== 'string' || rawType === '') {
    throw new HistoryInputError(fieldAt(at, 'type'), rawType === undefined ? 'missing' : `expected a string, got ${describe(rawType)}`);
  }
  const id = toEventId(raw.id, at, 'id', 1);
  if (id === undefined) throw new HistoryInputError(fieldAt(at, 'id'), 'missing');
  const previousEventId = toEventId(raw.previousEventId, at, 'previousEventId', 0) ?? 0;
  const timestamp = toTimestamp(raw.timestamp, at, notes);

  const known = KNOWN_TYPES.get(rawType);
  const key = known ? known.detailsKey : detailsKeyOf(rawType);
  let rawDetails: unknown = raw[key];
  let detailsKey = key;
  if (rawDetails === undefined) {
    // Unknown (newer) types still carry one `*EventDetails` member: keep whichever one is there.
    for (const k in raw) {
      if (k.endsWith('EventDetails')) {
        rawDetails = raw[k];
        detailsKey = k;
        break;
      }
    }
  }
  const scope: DetailsScope =
    !summary || !known
      ? 'all'
      : known.type === 'FailStateEntered'
        ? 'summary-fail-entered'
        : known.isStateExited
          ? 'summary-exited'
          : 'summary';
  const details = toEventDetails(rawDetails, at, detailsKey, known !== undefined && known.isStateEvent, scope);

  if (!known) {
    return { id, previousEventId, type: 'Unknown', rawType, timestamp, details, phase: 'unknown', category: 'unknown' };
  }
  return { id, previousEventId, type: known.type, rawType, timestamp, details, phase: known.info.phase, category: known.info.category };
}

/** What conversion needs about a known type, found with one lookup (it runs for each of 25,000 events). */
interface KnownType {
  type: HistoryEventType;
  detailsKey: string;
  info: EventTypeInfo;
  /** `*StateEntered` / `*StateExited`: the details must name the state. */
  isStateEvent: boolean;
  isStateExited: boolean;
}

const KNOWN_TYPES = new Map<string, KnownType>(
  HISTORY_EVENT_TYPES.map((type) => [
    type,
    {
      type,
      detailsKey: DETAILS_KEY[type],
      info: EVENT_TYPE_INFO[type],
      isStateEvent: type.endsWith('StateEntered') || type.endsWith('StateExited'),
      isStateExited: type.endsWith('StateExited'),
    },
  ]),
);

function fieldAt(at: HistoryInputLocation, field: string): HistoryInputLocation {
  return { ...at, field };
}

function toEventId(value: unknown, at: HistoryInputLocation, field: string, min: number): number | undefined {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= min) return value;
  if (value === undefined || value === null) return undefined;
  const n = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  if (typeof n === 'number' && Number.isSafeInteger(n) && n >= min) return n;
  throw new HistoryInputError(fieldAt(at, field), `expected an integer of at least ${min}, got ${describe(value)}`);
}

/**
 * Epoch numbers above this are milliseconds (CloudWatch Logs); below, seconds (API and AWS CLI,
 * docs/aws-behaviour.md#wire-protocol).
 */
const EPOCH_MS_THRESHOLD = 1e11;

function toTimestamp(value: unknown, at: HistoryInputLocation, notes?: ConversionNotes): Date | null {
  if (value === undefined || value === null) {
    if (notes) notes.missingTimestamps++;
    return null;
  }
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new HistoryInputError(fieldAt(at, 'timestamp'), 'is an invalid Date');
    return value;
  }
  if (typeof value === 'number' && Number.isFinite(value)) {
    const date = new Date(value > EPOCH_MS_THRESHOLD ? value : value * 1000);
    // A Date holds ±8.64e15 ms; past that it is Invalid Date, which throws when printed.
    if (Number.isNaN(date.getTime()))
      throw new HistoryInputError(fieldAt(at, 'timestamp'), `${describe(value)} is outside the range of dates (years -271821 to 275760)`);
    return date;
  }
  if (typeof value === 'string') {
    if (value === MASKED_TIMESTAMP) {
      if (notes) notes.maskedTimestamps++;
      return null;
    }
    if (/^\d+(\.\d+)?$/.test(value)) return toTimestamp(Number(value), at, notes);
    const ms = Date.parse(value);
    if (!Number.isNaN(ms)) return new Date(ms);
  }
  throw new HistoryInputError(fieldAt(at, 'timestamp'), `expected a date (ISO-8601 text or epoch seconds), got ${describe(value)}`);
}
