import type { LogRecord } from '../history/to-log-execution-event';
import { describeExpressLogging, type ExpressLogging } from './describe-express-logging';
import { DataSourceError } from './errors';
import { parseExpressExecutionArn } from './express-arns';
import { filterLogRecords } from './filter-log-records';

/**
 * Express executions run for 5 minutes at most
 * (docs/aws-behaviour.md#synchronous-and-asynchronous-express); a minute more covers delivery and
 * clock skew.
 */
export const EXPRESS_MAX_SPAN_MS = 6 * 60_000;
const HOUR_MS = 3_600_000;
/** How far back an execution is searched for, newest window first: bounded, so a miss costs a few calls. */
const SEARCH_WINDOWS_MS = [HOUR_MS, 24 * HOUR_MS, 7 * 24 * HOUR_MS, 30 * 24 * HOUR_MS];

const TERMINAL_TYPES = new Set(['ExecutionSucceeded', 'ExecutionFailed', 'ExecutionAborted', 'ExecutionTimedOut']);

export interface ExpressExecutionRecords {
  executionArn: string;
  logging: ExpressLogging;
  /** The execution's records in id order, without repeats. */
  records: LogRecord[];
}

// A list page describes dozens of executions of one machine at once: keep its logging settings briefly.
const LOGGING_TTL_MS = 15_000;
const loggingCache = new Map<string, { at: number; logging: Promise<ExpressLogging> }>();

function describeLoggingCached(stateMachineArn: string): Promise<ExpressLogging> {
  const hit = loggingCache.get(stateMachineArn);
  if (hit && Date.now() - hit.at < LOGGING_TTL_MS) return hit.logging;
  const logging = describeExpressLogging(stateMachineArn);
  loggingCache.set(stateMachineArn, { at: Date.now(), logging });
  logging.catch(() => loggingCache.delete(stateMachineArn));
  return logging;
}

// A finished execution's records never change: the detail page reads them for the summary and the
// history in one request, so keep a few.
const finished = new Map<string, ExpressExecutionRecords>();
const CACHE_SIZE = 100;

function remember(entry: ExpressExecutionRecords): void {
  if (!entry.records.some((r) => TERMINAL_TYPES.has(r.type))) return;
  finished.delete(entry.executionArn);
  finished.set(entry.executionArn, entry);
  if (finished.size <= CACHE_SIZE) return;
  const oldest = finished.keys().next();
  if (!oldest.done) finished.delete(oldest.value);
}

export function loggingOffError(stateMachineArn: string, what: string): DataSourceError {
  return new DataSourceError(
    'invalid-input',
    `${stateMachineArn} is an Express state machine without CloudWatch Logs logging, so ${what}: Express workflows keep no history in Step Functions.`,
    'Turn logging on (UpdateStateMachine with loggingConfiguration level ALL, includeExecutionData true and a log group destination); executions started afterwards can be read here.',
  );
}

function byId(records: LogRecord[]): LogRecord[] {
  const seen = new Map<string, LogRecord>();
  for (const record of records) if (!seen.has(String(record.id))) seen.set(String(record.id), record);
  return [...seen.values()].sort((a, b) => Number(a.id) - Number(b.id));
}

/**
 * Finds an Express execution's records in its state machine's log group: searches bounded windows,
 * newest first, for any record of the execution, then reads everything within the longest span an
 * Express execution can have around it. `startedAt`, when known, skips the search.
 */
export async function readExpressExecutionRecords(executionArn: string, startedAt?: Date): Promise<ExpressExecutionRecords> {
  const cached = finished.get(executionArn);
  if (cached) return cached;
  const parts = parseExpressExecutionArn(executionArn);
  if (!parts)
    throw new DataSourceError(
      'invalid-input',
      `${executionArn} is not an Express execution ARN.`,
      'Express execution ARNs look like arn:aws:states:REGION:ACCOUNT:express:STATE_MACHINE:NAME:ID.',
    );
  const logging = await describeLoggingCached(parts.stateMachineArn);
  if (logging.level === 'OFF' || !logging.logGroupName) throw loggingOffError(parts.stateMachineArn, 'its executions cannot be read');
  const logGroupName = logging.logGroupName;
  const filterPattern = `{ $.execution_arn = "${executionArn}" }`;

  let anchorMs = startedAt?.getTime();
  const now = Date.now();
  // Each window reaches back from where the previous one began (the first a minute into the future).
  let previousWindowMs: number | undefined;
  for (const windowMs of SEARCH_WINDOWS_MS) {
    if (anchorMs !== undefined) break;
    const first = previousWindowMs === undefined;
    const startTimeMs = now - windowMs;
    const endTimeMs = previousWindowMs === undefined ? now + 60_000 : now - previousWindowMs;
    previousWindowMs = windowMs;
    const found = await filterLogRecords({ logGroupName, filterPattern, startTimeMs, endTimeMs });
    if (found.length === 0) continue;
    const times = found.map((r) => Number(r.event_timestamp));
    anchorMs = Math.min(...times);
    // The window held every record the execution can have: no second read needed.
    if (anchorMs - startTimeMs >= EXPRESS_MAX_SPAN_MS && (first || Math.max(...times) + EXPRESS_MAX_SPAN_MS <= endTimeMs)) {
      const entry = { executionArn, logging, records: byId(found) };
      remember(entry);
      return entry;
    }
  }
  if (anchorMs === undefined) {
    throw new DataSourceError(
      'not-found',
      `No CloudWatch Logs records of ${executionArn} in log group ${logGroupName} in the last 30 days.`,
      'Check the ARN; if the level is ERROR or FATAL, a successful execution writes nothing.',
    );
  }
  const records = await filterLogRecords({
    logGroupName,
    filterPattern,
    startTimeMs: anchorMs - EXPRESS_MAX_SPAN_MS,
    endTimeMs: anchorMs + EXPRESS_MAX_SPAN_MS,
  });
  const entry = { executionArn, logging, records: byId(records) };
  remember(entry);
  return entry;
}
