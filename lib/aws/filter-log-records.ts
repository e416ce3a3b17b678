import { FilterLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs';
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
  let nextToken: string | undefined;
  do {
    const page = await sendLogs('FilterLogEvents', query.logGroupName, (logs) =>
      logs.send(
        new FilterLogEventsCommand({
          logGroupName: query.logGroupName,
          filterPattern: query.filterPattern,
          startTime: Math.max(0, Math.floor(query.startTimeMs)),
          endTime: Math.floor(query.endTimeMs),
          nextToken,
        }),
      ),
    );
    records.push(...readLogRecords(page.events ?? [], `log group ${query.logGroupName}`));
    nextToken = page.nextToken;
  } while (nextToken);
  return records;
}
