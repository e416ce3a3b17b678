import { HistoryInputError } from './history-input-error';
import { describe, isRecord } from './to-event-details';
import type { LogRecord } from './to-log-execution-event';

/** One execution's records from a log, in id order (one stream can interleave several executions). */
export interface LoggedExecution {
  executionArn: string;
  records: LogRecord[];
}

function isLogRecordShape(value: unknown): value is Record<string, unknown> {
  return isRecord(value) && typeof value.type === 'string' && 'id' in value && ('execution_arn' in value || 'event_timestamp' in value);
}

const isText = (v: unknown) => typeof v === 'string';
const isTextOrNumber = (v: unknown) => typeof v === 'string' || typeof v === 'number';
const absent = (v: unknown) => v === undefined || v === null;

/**
 * The fields a record must have the right type in before anything reads it (an object where an id
 * or ARN belongs would throw on String() or be grouped as "[object Object]"). Values are checked
 * further where they are converted (toLogExecutionEvent, toLogHistoryEvent).
 */
const RECORD_FIELDS: readonly { field: string; ok: (v: unknown) => boolean; expected: string }[] = [
  { field: 'id', ok: isTextOrNumber, expected: 'an id (text or number)' },
  { field: 'previous_event_id', ok: (v) => absent(v) || isTextOrNumber(v), expected: 'an id (text or number)' },
  { field: 'execution_arn', ok: (v) => absent(v) || isText(v), expected: 'an ARN (text)' },
  { field: 'event_timestamp', ok: (v) => absent(v) || isTextOrNumber(v), expected: 'epoch milliseconds (text or number)' },
  { field: 'redrive_count', ok: (v) => absent(v) || isTextOrNumber(v), expected: 'a count (text or number)' },
  { field: 'details', ok: (v) => absent(v) || isRecord(v), expected: 'an object' },
];

function checkRecord(record: Record<string, unknown>, source: string, eventIndex: number): LogRecord {
  for (const { field, ok, expected } of RECORD_FIELDS) {
    if (!ok(record[field]))
      throw new HistoryInputError({ source, eventIndex, field }, `expected ${expected}, got ${describe(record[field])}`);
  }
  return record as unknown as LogRecord;
}

/** What a log held besides Step Functions records, so a caller can say why it found none. */
export interface LogRecordScan {
  records: LogRecord[];
  /** Items in the list (log events or records). */
  read: number;
  /** Log events whose message is not a Step Functions record, and the first of them. */
  skipped: number;
  firstSkipped: string | undefined;
}

/**
 * Reads the log records out of a parsed document: `aws logs filter-log-events` / `get-log-events`
 * output (`{ events: [{ message }] }`), a list of log events or of records, or `{ records: [...] }`.
 * Messages that are not Step Functions records (AWS's delivery-check stream writes one) are skipped
 * and counted, since stream contents are opaque; a record with a field of the wrong type is an error.
 */
export function scanLogRecords(document: unknown, source: string): LogRecordScan {
  let list: unknown[];
  if (Array.isArray(document)) list = document;
  else if (isRecord(document) && Array.isArray(document.events)) list = document.events;
  else if (isRecord(document) && Array.isArray(document.records)) list = document.records;
  else
    throw new HistoryInputError(
      { source },
      `expected log records: a list, or an object with 'events' (aws logs filter-log-events) or 'records', got ${describe(document)}`,
    );

  const scan: LogRecordScan = { records: [], read: list.length, skipped: 0, firstSkipped: undefined };
  list.forEach((item, eventIndex) => {
    const message = isRecord(item) && typeof item.message === 'string' ? item.message : undefined;
    let candidate = item;
    if (message !== undefined) {
      try {
        candidate = JSON.parse(message) as unknown;
      } catch {
        candidate = undefined;
      }
    }
    if (!isLogRecordShape(candidate)) {
      if (message === undefined) {
        throw new HistoryInputError(
          { source, eventIndex },
          `expected a Step Functions log record (id, type, details, execution_arn), got ${describe(candidate)}`,
        );
      }
      scan.skipped++;
      scan.firstSkipped ??= message;
      return;
    }
    scan.records.push(checkRecord(candidate, source, eventIndex));
  });
  return scan;
}

/** The Step Functions log records of a document (see scanLogRecords). */
export function readLogRecords(document: unknown, source: string): LogRecord[] {
  return scanLogRecords(document, source).records;
}

/** Groups records by `execution_arn` (first appearance order) and sorts each group by numeric id, dropping repeats. */
export function groupLogRecords(records: readonly LogRecord[]): LoggedExecution[] {
  const groups = new Map<string, LogRecord[]>();
  for (const record of records) {
    const arn = record.execution_arn ?? '';
    let group = groups.get(arn);
    if (!group) groups.set(arn, (group = []));
    group.push(record);
  }
  return [...groups].map(([executionArn, group]) => {
    const seen = new Set<string>();
    const unique = group.filter((r) => (seen.has(String(r.id)) ? false : (seen.add(String(r.id)), true)));
    return { executionArn, records: unique.sort((a, b) => Number(a.id) - Number(b.id)) };
  });
}
