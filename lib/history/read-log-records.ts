import { HistoryInputError } from './history-input-error';
import { describe, isRecord } from './to-event-details';
import type { LogRecord } from './to-log-execution-event';

/** One execution's records from a log, in id order (one stream can interleave several executions). */
export interface LoggedExecution {
  executionArn: string;
  records: LogRecord[];
}

function isLogRecordShape(value: unknown): value is LogRecord {
  return isRecord(value) && typeof value.type === 'string' && 'id' in value && ('execution_arn' in value || 'event_timestamp' in value);
}

/**
 * Reads the log records out of a parsed document: `aws logs filter-log-events` / `get-log-events`
 * output (`{ events: [{ message }] }`), a list of log events or of records, or `{ records: [...] }`.
 * Non-JSON messages (AWS's delivery-check stream writes one) are skipped, since stream contents are opaque.
 */
export function readLogRecords(document: unknown, source: string): LogRecord[] {
  let list: unknown[];
  if (Array.isArray(document)) list = document;
  else if (isRecord(document) && Array.isArray(document.events)) list = document.events;
  else if (isRecord(document) && Array.isArray(document.records)) list = document.records;
  else throw new HistoryInputError({ source }, `expected log records: a list, or an object with 'events' (aws logs filter-log-events) or 'records', got ${describe(document)}`);

  const records: LogRecord[] = [];
  list.forEach((item, eventIndex) => {
    let candidate = item;
    if (isRecord(item) && typeof item.message === 'string') {
      try {
        candidate = JSON.parse(item.message) as unknown;
      } catch {
        return;
      }
    }
    if (!isLogRecordShape(candidate)) {
      if (isRecord(item) && typeof item.message === 'string') return;
      throw new HistoryInputError({ source, eventIndex }, `expected a Step Functions log record (id, type, details, execution_arn), got ${describe(candidate)}`);
    }
    records.push(candidate);
  });
  return records;
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
