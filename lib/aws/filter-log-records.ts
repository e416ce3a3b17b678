import { paginateFilterLogEvents } from '@aws-sdk/client-cloudwatch-logs';
import { readLogRecords } from '../history/read-log-records';
import type { LogRecord } from '../history/to-log-execution-event';
import { sendLogs } from './send-logs';

export interface LogRecordQuery {
  logGroupName: string;
  /** A CloudWatch Logs filter pattern, e.g. `{ $.execution_arn = "arn:…" }`. */
  filterPattern: string;
  startTimeMs: number;
  endTimeMs: number;
}

/** Every Step Functions log record of a group matching the pattern in [start, end], read page by page. */
export async function filterLogRecords(query: LogRecordQuery): Promise<LogRecord[]> {
  const records: LogRecord[] = [];
  // The whole paging inside one sendLogs, so a failure on any page is mapped the same way.
  await sendLogs('FilterLogEvents', query.logGroupName, async (logs) => {
    const pages = paginateFilterLogEvents(
      { client: logs },
      {
        logGroupName: query.logGroupName,
        filterPattern: query.filterPattern,
        startTime: Math.max(0, Math.floor(query.startTimeMs)),
        endTime: Math.floor(query.endTimeMs),
      },
    );
    for await (const page of pages) records.push(...readLogRecords(page.events ?? [], `log group ${query.logGroupName}`));
  });
  return records;
}
