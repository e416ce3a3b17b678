import { paginateFilterLogEvents } from '@aws-sdk/client-cloudwatch-logs';
import { groupLogRecords, readLogRecords } from '../history/read-log-records';
import type { LogRecord } from '../history/to-log-execution-event';
import { EXPRESS_MAX_SPAN_MS } from './read-express-execution-records';
import { sendLogs } from './send-logs';

/** Records scanned before giving up on one sweep: beyond it, reading execution by execution is cheaper. */
export const BULK_READ_MAX_RECORDS = 200_000;

/**
 * The log records of many Express executions of one state machine in one sweep of the time span they
 * started in (one FilterLogEvents call per page, not one search per execution). Only the wanted
 * executions' records are kept, page by page. Undefined when the span holds more than `maxRecords`.
 */
export async function readExpressRecordsInBulk(input: {
  logGroupName: string;
  stateMachineArn: string;
  executions: readonly { arn: string; startedAt: Date }[];
  maxRecords?: number;
}): Promise<Map<string, LogRecord[]> | undefined> {
  if (input.executions.length === 0) return new Map();
  const wanted = new Set(input.executions.map((execution) => execution.arn));
  let firstMs = Infinity;
  let lastMs = -Infinity;
  for (const execution of input.executions) {
    firstMs = Math.min(firstMs, execution.startedAt.getTime());
    lastMs = Math.max(lastMs, execution.startedAt.getTime());
  }
  // arn:…:stateMachine:NAME → arn:…:express:NAME:* (a trailing wildcard in a JSON filter pattern).
  const prefix = input.stateMachineArn.replace(':stateMachine:', ':express:');
  const maxRecords = input.maxRecords ?? BULK_READ_MAX_RECORDS;
  const kept: LogRecord[] = [];
  // The whole paging inside one sendLogs, so a failure on any page is mapped the same way.
  const complete = await sendLogs('FilterLogEvents', input.logGroupName, async (logs) => {
    const pages = paginateFilterLogEvents(
      { client: logs },
      {
        logGroupName: input.logGroupName,
        filterPattern: `{ $.execution_arn = "${prefix}:*" }`,
        startTime: Math.max(0, firstMs - 60_000),
        endTime: lastMs + EXPRESS_MAX_SPAN_MS,
      },
    );
    let scanned = 0;
    for await (const page of pages) {
      const events = page.events ?? [];
      scanned += events.length;
      // Leaving the loop ends the paginator: no page past the cap is requested.
      if (scanned > maxRecords) return false;
      for (const record of readLogRecords(events, `log group ${input.logGroupName}`))
        if (record.execution_arn && wanted.has(record.execution_arn)) kept.push(record);
    }
    return true;
  });
  if (!complete) return undefined;
  return new Map(groupLogRecords(kept).map((execution) => [execution.executionArn, execution.records]));
}
