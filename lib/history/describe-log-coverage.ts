import { isLoggedAtLevel, type LogLevel } from './log-levels';
import { isRecord } from './to-event-details';
import type { LogRecord } from './to-log-execution-event';

/** What a CloudWatch Logs history holds, and what its logging configuration left out, in plain words. */
export interface LogCoverage {
  /** The configured level, or the lowest level consistent with the records when only those are known. */
  level: LogLevel;
  includeExecutionData: boolean;
  /** True when level and data were inferred from records rather than read from the configuration. */
  inferred: boolean;
  /** Whole execution history: false when the level drops events or the records skip ids. */
  complete: boolean;
  /** Sentences saying what is missing and why; empty when nothing is. */
  missing: string[];
  /** How to get the rest; empty when nothing is missing. */
  remedy: string | null;
}

export interface LoggingSettings {
  level: LogLevel;
  includeExecutionData: boolean;
}

export const TURN_ON_LOGGING =
  'Turn logging on with UpdateStateMachine: loggingConfiguration { level: "ALL", includeExecutionData: true, destinations: [{ cloudWatchLogsLogGroup: { logGroupArn: "arn:aws:logs:REGION:ACCOUNT:log-group:/aws/vendedlogs/states/NAME:*" } }] } (console: Edit state machine, Logging). Only executions started afterwards are logged.';

const RAISE_LEVEL =
  'Set the logging level to ALL and includeExecutionData to true (UpdateStateMachine, or console: Edit state machine, Logging); executions started afterwards log their whole history.';

const LEVEL_MISSING: Record<LogLevel, string[]> = {
  ALL: [],
  ERROR: [
    'Only failure events are logged at level ERROR: ExecutionStarted, state entries and exits, and successful task events are not, so there is no start time, no path to the failure and no state durations.',
    'Executions that succeed write nothing at level ERROR, so they are not listed.',
  ],
  FATAL: [
    'Only the end of a failed, aborted or timed-out execution is logged at level FATAL: no state events, no start time and no durations.',
    'Executions that succeed write nothing at level FATAL, so they are not listed.',
  ],
  OFF: ['Logging is off, so Step Functions writes no history for this Express state machine: its executions cannot be listed or opened.'],
};

const NO_DATA =
  'Inputs and outputs are not logged (includeExecutionData is false): states show their names, errors and causes, but no input, output or task parameters.';

/** Level and data flag as far as a set of records shows them (the configuration is not in the log). */
export function inferLoggingSettings(records: readonly LogRecord[]): LoggingSettings {
  const types = records.map((r) => r.type);
  // Ids are read as numbers, as the converters and countMissingIds do: scanLogRecords lets through 1 and '01'.
  const hasFirstEvent = records.some((r) => Number(r.id) === 1);
  const level: LogLevel = types.every((t) => isLoggedAtLevel(t, 'FATAL'))
    ? types.length > 0 && !hasFirstEvent
      ? 'FATAL'
      : 'ALL'
    : types.every((t) => isLoggedAtLevel(t, 'ERROR')) && !hasFirstEvent
      ? 'ERROR'
      : 'ALL';
  // `details` may be null in a record written by hand or garbled: read as none.
  const carriesData = records.some((r) => isRecord(r.details) && ('input' in r.details || 'output' in r.details));
  const canCarryData = records.some(
    (r) => r.type === 'ExecutionStarted' || r.type === 'ExecutionSucceeded' || r.type.endsWith('StateEntered'),
  );
  return { level, includeExecutionData: carriesData || !canCarryData };
}

/** Ids from 1 to the last record's id that no record holds (best-effort delivery, or the level). */
function countMissingIds(records: readonly LogRecord[]): number {
  if (records.length === 0) return 0;
  const ids = new Set(records.map((r) => Number(r.id)));
  // A loop, not Math.max(...ids): spreading 100,000+ arguments overflows the stack.
  let last = 0;
  for (const id of ids) if (id > last) last = id;
  return last - ids.size;
}

/**
 * Says what an Express history read from CloudWatch Logs lacks. With `settings` (from the state
 * machine's logging configuration) it explains by configuration; otherwise it infers from `records`.
 */
export function describeLogCoverage(settings: LoggingSettings | undefined, records?: readonly LogRecord[]): LogCoverage {
  const effective = settings ?? inferLoggingSettings(records ?? []);
  const missing = [...LEVEL_MISSING[effective.level]];
  if (effective.level !== 'OFF' && !effective.includeExecutionData) missing.push(NO_DATA);
  const gaps = records && effective.level === 'ALL' ? countMissingIds(records) : 0;
  if (gaps > 0) {
    missing.push(
      `${gaps} event${gaps === 1 ? ' is' : 's are'} missing from the log although the level is ALL: CloudWatch Logs delivery is best effort, or the records were read from too short a time window.`,
    );
  }
  return {
    level: effective.level,
    includeExecutionData: effective.includeExecutionData,
    inferred: settings === undefined,
    complete: effective.level === 'ALL' && gaps === 0,
    missing,
    remedy: effective.level === 'OFF' ? TURN_ON_LOGGING : missing.length > 0 ? RAISE_LEVEL : null,
  };
}
