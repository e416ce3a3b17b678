import { DETAIL_FIELDS_WITHOUT_DATA } from '../../history/log-levels';
import type { StoredEvent } from '../store/store-types';

/**
 * "If escaped input or escaped output sent to CloudWatch Logs exceeds 248 KiB, it will be truncated"
 * (docs/aws-behaviour.md#logging-configuration-and-log-levels).
 */
const MAX_ESCAPED_DATA_CHARS = 248 * 1024;

const DATA_FIELDS = [
  ['input', 'inputDetails'],
  ['output', 'outputDetails'],
] as const;

/** The flat `details` of a log record: the stored event's single `*EventDetails` member, unwrapped. */
function flattenDetails(stored: StoredEvent): Record<string, unknown> {
  const wrapper = JSON.parse(stored.details) as Record<string, unknown>;
  for (const key in wrapper) {
    const member = wrapper[key];
    if (key.endsWith('EventDetails') && typeof member === 'object' && member !== null) return { ...(member as Record<string, unknown>) };
  }
  return {};
}

function truncateData(details: Record<string, unknown>): void {
  for (const [field, flags] of DATA_FIELDS) {
    const value = details[field];
    if (typeof value !== 'string') continue;
    const escaped = JSON.stringify(value);
    if (escaped.length <= MAX_ESCAPED_DATA_CHARS) continue;
    // Cut the raw text so that its escaped form fits; escapes make that a little shorter than the limit.
    let cut = value.slice(0, MAX_ESCAPED_DATA_CHARS);
    while (JSON.stringify(cut).length > MAX_ESCAPED_DATA_CHARS)
      cut = cut.slice(0, cut.length - (JSON.stringify(cut).length - MAX_ESCAPED_DATA_CHARS));
    details[field] = cut;
    details[flags] = { truncated: true };
  }
}

/**
 * The `message` Step Functions writes to CloudWatch Logs for one history event
 * (docs/aws-behaviour.md#cloudwatch-logs-record-format):
 * every number a string, `event_timestamp` in epoch milliseconds, `details` flattened, and without
 * execution data only the fields AWS keeps (`ExecutionSucceeded` then has `"details": {}`).
 */
export function toLogRecordMessage(stored: StoredEvent, executionArn: string, includeExecutionData: boolean, redriveCount = 0): string {
  const full = flattenDetails(stored);
  let details: Record<string, unknown>;
  if (includeExecutionData) {
    details = full;
    truncateData(details);
  } else {
    details = {};
    for (const key in full) if (DETAIL_FIELDS_WITHOUT_DATA.has(key)) details[key] = full[key];
  }
  // Key order of the records AWS wrote in 2024 (docs/aws-behaviour.md#cloudwatch-logs-record-format);
  // readers must not depend on it.
  return JSON.stringify({
    id: String(stored.id),
    type: stored.type,
    details,
    previous_event_id: String(stored.previousEventId),
    event_timestamp: String(stored.timestampMs),
    execution_arn: executionArn,
    redrive_count: String(redriveCount),
  });
}
