import type { LogRecord } from '../history/to-log-execution-event';
import { describeExpressLogging } from './describe-express-logging';
import { DataSourceError } from './errors';
import { parseExpressExecutionArn } from './express-arns';
import { filterLogRecords } from './filter-log-records';
import type { ListExecutionsInput } from './list-executions-input';
import { EXPRESS_MAX_SPAN_MS, loggingOffError } from './read-express-execution-records';
import type { ExecutionPage, ExecutionStatus, ExecutionSummary } from '../domain';

const MINUTE_MS = 60_000;
/** Windows read one after another going back in time, until a page is full: bounded calls per page. */
const LONGEST_WINDOW_MS = 7 * 24 * 60 * MINUTE_MS;
const WINDOW_STEPS_MS = [15 * MINUTE_MS, 60 * MINUTE_MS, 6 * 60 * MINUTE_MS, 24 * 60 * MINUTE_MS, LONGEST_WINDOW_MS];
/** Executions older than this are not listed (CloudWatch Logs retention is the user's; this bounds the scan). */
export const EXPRESS_LIST_LOOKBACK_MS = 30 * 24 * 60 * MINUTE_MS;

const EXECUTION_LEVEL_PATTERN =
  '{ ($.type = "ExecutionStarted") || ($.type = "ExecutionSucceeded") || ($.type = "ExecutionFailed") || ($.type = "ExecutionAborted") || ($.type = "ExecutionTimedOut") }';

const TERMINAL_STATUS: Record<string, ExecutionStatus> = {
  ExecutionSucceeded: 'SUCCEEDED',
  ExecutionFailed: 'FAILED',
  ExecutionAborted: 'ABORTED',
  ExecutionTimedOut: 'TIMED_OUT',
};

interface PageToken {
  /** Executions that started before this time (epoch ms) are on later pages… */
  beforeMs: number;
  /** …plus those that started exactly at beforeMs and are not listed here. */
  shown: string[];
}

function encodeToken(token: PageToken): string {
  return `express.${Buffer.from(JSON.stringify(token)).toString('base64url')}`;
}

function decodeToken(text: string): PageToken {
  try {
    if (!text.startsWith('express.')) throw new Error('not an Express token');
    const token = JSON.parse(Buffer.from(text.slice('express.'.length), 'base64url').toString('utf8')) as PageToken;
    if (typeof token.beforeMs !== 'number' || !Array.isArray(token.shown)) throw new Error('bad token');
    return token;
  } catch {
    throw new DataSourceError('invalid-input', 'The page token is not one this page issued.', 'Start again from the first page.');
  }
}

/** A state machine ARN without a version or alias qualifier: `arn:aws:states:REGION:ACCOUNT:stateMachine:NAME`. */
function unqualifiedStateMachineArn(arn: string): string {
  return arn.split(':').slice(0, 7).join(':');
}

/**
 * Execution summaries from execution-level records; the start is ExecutionStarted's time, or the
 * first record's. Several state machines may log to one group, so records of other machines are skipped.
 */
export function toExpressExecutionSummaries(stateMachineArn: string, records: readonly LogRecord[]): ExecutionSummary[] {
  const ownArn = unqualifiedStateMachineArn(stateMachineArn);
  const byArn = new Map<string, { startMs: number; started: boolean; stopMs?: number; status: ExecutionStatus }>();
  for (const record of records) {
    const arn = record.execution_arn;
    if (!arn || parseExpressExecutionArn(arn)?.stateMachineArn !== ownArn) continue;
    const at = Number(record.event_timestamp);
    const entry = byArn.get(arn) ?? { startMs: at, started: false, status: 'RUNNING' as ExecutionStatus };
    if (record.type === 'ExecutionStarted') {
      entry.startMs = at;
      entry.started = true;
    } else if (!entry.started) entry.startMs = Math.min(entry.startMs, at);
    const status = TERMINAL_STATUS[record.type];
    if (status) {
      entry.status = status;
      entry.stopMs = at;
    }
    byArn.set(arn, entry);
  }
  return [...byArn].map(([arn, e]) => ({
    arn,
    stateMachineArn,
    name: parseExpressExecutionArn(arn)?.name ?? arn,
    status: e.status,
    startedAt: new Date(e.startMs),
    ...(e.stopMs !== undefined ? { stoppedAt: new Date(e.stopMs) } : {}),
  }));
}

/**
 * ListExecutions for an Express state machine, which AWS refuses: read execution-level records from
 * its log group in time windows going back from the page's start, newest first. Each window is read a
 * little past its end so a late terminal record still gives the status.
 */
export async function listExpressExecutions(input: ListExecutionsInput): Promise<ExecutionPage> {
  const logging = await describeExpressLogging(input.stateMachineArn);
  if (logging.level === 'OFF' || !logging.logGroupName) throw loggingOffError(input.stateMachineArn, 'its executions cannot be listed');
  const maxResults = input.maxResults && input.maxResults > 0 ? input.maxResults : 100;
  const token = input.nextToken ? decodeToken(input.nextToken) : undefined;
  const shown = new Set(token?.shown ?? []);
  const pageEndMs = token?.beforeMs ?? Date.now() + MINUTE_MS;
  const oldestMs = Date.now() - EXPRESS_LIST_LOOKBACK_MS;

  const found: ExecutionSummary[] = [];
  let windowEndMs = pageEndMs;
  for (let step = 0; windowEndMs > oldestMs && found.length <= maxResults; step++) {
    const windowStartMs = Math.max(oldestMs, windowEndMs - (WINDOW_STEPS_MS[step] ?? LONGEST_WINDOW_MS));
    const records = await filterLogRecords({
      logGroupName: logging.logGroupName,
      filterPattern: EXECUTION_LEVEL_PATTERN,
      startTimeMs: windowStartMs - EXPRESS_MAX_SPAN_MS,
      endTimeMs: windowEndMs + EXPRESS_MAX_SPAN_MS,
    });
    for (const summary of toExpressExecutionSummaries(input.stateMachineArn, records)) {
      const startMs = summary.startedAt.getTime();
      const inWindow = startMs >= windowStartMs && (startMs < windowEndMs || (startMs === pageEndMs && windowEndMs === pageEndMs));
      if (!inWindow || shown.has(summary.arn)) continue;
      if (token && startMs > token.beforeMs) continue;
      if (input.statusFilter && summary.status !== input.statusFilter) continue;
      found.push(summary);
    }
    windowEndMs = windowStartMs;
  }
  found.sort((a, b) => b.startedAt.getTime() - a.startedAt.getTime() || (a.arn < b.arn ? -1 : 1));
  const page = found.slice(0, maxResults);
  const last = page.at(-1);
  if (found.length <= maxResults || !last) return { executions: page };
  const boundaryMs = last.startedAt.getTime();
  const sameInstant = page.filter((e) => e.startedAt.getTime() === boundaryMs).map((e) => e.arn);
  return {
    executions: page,
    nextToken: encodeToken({ beforeMs: boundaryMs, shown: boundaryMs === token?.beforeMs ? [...shown, ...sameInstant] : sameInstant }),
  };
}
