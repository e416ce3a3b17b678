import { formatJsonDocument } from '@/lib/format/format-json-document';
import { formatTimelineText } from '@/lib/format/format-timeline-text';
import { buildExecutionTimeline } from '@/lib/history/build-execution-timeline';
import { describeLogCoverage, type LogCoverage } from '@/lib/history/describe-log-coverage';
import { HistoryInputError } from '@/lib/history/history-input-error';
import { isRecord } from '@/lib/history/to-event-details';
import { groupLogRecords, scanLogRecords, type LogRecordScan } from '@/lib/history/read-log-records';
import { toLogExecutionEvent } from '@/lib/history/to-log-execution-event';
import { toTimelineDocument } from '@/lib/history/to-timeline-document';

/**
 * CloudWatch Logs input: `aws logs filter-log-events` / `get-log-events` output (events with a JSON
 * `message`), a list of Step Functions log records, or `{ records: [...] }`. Other documents are histories.
 */
export function isLogDocument(document: unknown): boolean {
  if (isRecord(document) && !Array.isArray(document.events) && Array.isArray(document.records)) return true;
  const first = Array.isArray(document)
    ? document[0]
    : isRecord(document) && Array.isArray(document.events)
      ? document.events[0]
      : undefined;
  if (!isRecord(first)) return false;
  return typeof first.message === 'string' || ('execution_arn' in first && 'previous_event_id' in first);
}

function formatCoverage(coverage: LogCoverage): string {
  const lines = [
    `Log level ${coverage.level}${coverage.inferred ? ' (inferred from the records)' : ''}, execution data ${coverage.includeExecutionData ? 'included' : 'not included'}`,
  ];
  if (coverage.missing.length === 0) lines.push('Nothing is missing: the log holds the whole history.');
  else lines.push('What the log leaves out:', ...coverage.missing.map((m) => `  - ${m}`));
  if (coverage.remedy) lines.push(`To get it: ${coverage.remedy}`);
  return `${lines.join('\n')}\n`;
}

/** Why a logs file gave no execution: printing "0 executions" would read as success. */
function noRecords(scan: LogRecordScan, source: string): HistoryInputError {
  if (scan.read === 0) return new HistoryInputError({ source }, 'holds no log records');
  const first = scan.firstSkipped ?? '';
  const shown = first.length > 80 ? `${first.slice(0, 80)}…` : first;
  return new HistoryInputError(
    { source },
    `read ${scan.read} log ${scan.read === 1 ? 'event' : 'events'}, and none is a Step Functions execution record (an object with id, type, details and execution_arn); the first: ${JSON.stringify(shown)}`,
  );
}

/** The timeline of every execution in a log file, each with what its log level left out. */
export function renderLogTimelines(document: unknown, source: string, json: boolean): { stdout: string; warnings: string[] } {
  const scan = scanLogRecords(document, source);
  if (scan.records.length === 0) throw noRecords(scan, source);
  const executions = groupLogRecords(scan.records);
  const warnings: string[] = [];
  const rendered = executions.map((execution) => {
    const at = `${source} (${execution.executionArn || 'no execution_arn'})`;
    const timeline = buildExecutionTimeline(
      execution.records.map((record, eventIndex) => toLogExecutionEvent(record, { source: at, eventIndex })),
    );
    warnings.push(...timeline.warnings);
    return { execution, timeline, coverage: describeLogCoverage(undefined, execution.records) };
  });
  if (json) {
    const out = rendered.map(({ execution, timeline, coverage }) => ({
      executionArn: execution.executionArn,
      recordCount: execution.records.length,
      coverage,
      timeline: toTimelineDocument(timeline),
    }));
    return { stdout: formatJsonDocument({ executions: out }), warnings };
  }
  const header = `${executions.length} execution${executions.length === 1 ? '' : 's'} in ${source}\n`;
  const body = rendered
    .map(({ execution, timeline, coverage }) =>
      [
        `\n== ${execution.executionArn} (${execution.records.length} log records)\n`,
        formatTimelineText(timeline),
        formatCoverage(coverage),
      ].join(''),
    )
    .join('');
  return { stdout: header + body, warnings };
}
