import type { LogRecord } from '../history/to-log-execution-event';
import { toLogHistoryEvent } from '../history/to-log-history-event';
import { readExpressExecutionRecords } from './read-express-execution-records';
import type { HistoryEventRecord } from '../domain';

/** An Express execution's log records rebuilt as the API's history events, in the records' order. */
export function toExpressHistoryEvents(executionArn: string, records: readonly LogRecord[]): HistoryEventRecord[] {
  return records.map((record, eventIndex) => {
    const event = toLogHistoryEvent(record, { source: executionArn, eventIndex });
    return { ...event, timestamp: event.timestamp ?? new Date(0) } as HistoryEventRecord;
  });
}

/**
 * GetExecutionHistory for an Express execution, which AWS refuses: its log records rebuilt as the
 * API's history events (docs/aws-behaviour.md#cloudwatch-logs-record-format), oldest first. Events
 * the log level dropped are absent.
 */
export async function getExpressExecutionHistory(executionArn: string): Promise<HistoryEventRecord[]> {
  const { records } = await readExpressExecutionRecords(executionArn);
  return toExpressHistoryEvents(executionArn, records);
}
