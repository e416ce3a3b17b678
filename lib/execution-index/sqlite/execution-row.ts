import type { ExecutionStatus } from '../../domain';
import type { IndexedExecution, IndexedRootCause, IndexedVisit, StoredPayload } from '../types';

/** One execution as SELECT_EXECUTION_ROWS reads it: its `executions` row joined with its body. */
export interface ExecutionRow {
  id: number;
  source: string;
  execution_arn: string;
  state_machine_arn: string;
  status: string;
  started_at_ms: number;
  stopped_at_ms: number | null;
  failing_state: string | null;
  error: string | null;
  cause: string | null;
  root_error: string | null;
  root_message: string | null;
  group_state: string | null;
  group_error: string | null;
  group_cause: string | null;
  input: string | null;
  output: string | null;
  gone_from_source: number | null;
  indexed_at_ms: number;
  details: string;
}

/** The record's fields no query looks at, kept as JSON in `details`. */
interface ExecutionDetails {
  stateMachineName: string;
  workflowType: IndexedExecution['workflowType'];
  stateMachineVersionArn?: string;
  stateMachineAliasArn?: string;
  name: string;
  redriveCount: number;
  normalizedCause?: string;
  rootCause?: IndexedRootCause;
  input?: Omit<StoredPayload, 'text'>;
  output?: Omit<StoredPayload, 'text'>;
  transitions: number;
  costUsd: number;
  visits: IndexedVisit[];
}

/** The columns of `executions`, which filters, sorts and counts read. */
export const EXECUTION_COLUMNS = [
  'source',
  'execution_arn',
  'state_machine_arn',
  'status',
  'started_at_ms',
  'stopped_at_ms',
  'failing_state',
  'error',
  'group_state',
  'group_error',
  'group_cause',
  'gone_from_source',
  'indexed_at_ms',
] as const satisfies readonly (keyof ExecutionRow)[];

/** The columns of `execution_bodies` (besides its id), read only for the executions shown. */
export const BODY_COLUMNS = [
  'input',
  'output',
  'error',
  'cause',
  'root_error',
  'root_message',
  'details',
] as const satisfies readonly (keyof ExecutionRow)[];

/** Whole executions: append a WHERE on `e` (executions) or join a page of ids to it. */
export const SELECT_EXECUTION_ROWS = `SELECT e.*, ${BODY_COLUMNS.filter((column) => column !== 'error')
  .map((column) => `b.${column}`)
  .join(', ')} FROM executions e JOIN execution_bodies b ON b.id = e.id`;

export type ExecutionValues = Omit<ExecutionRow, 'id'>;

function toMs(date: Date, field: string, executionArn: string): number {
  const ms = date instanceof Date ? date.getTime() : Number.NaN;
  if (!Number.isFinite(ms)) throw new TypeError(`${field} of ${executionArn} is not a valid Date.`);
  return ms;
}

const orNull = <T>(value: T | undefined): T | null => (value === undefined ? null : value);
const orAbsent = <T>(value: T | null): T | undefined => (value === null ? undefined : value);
const meta = (payload: StoredPayload | undefined) => payload && { bytes: payload.bytes, truncated: payload.truncated };

/**
 * The columns of one record. The failure group key is the root cause's state and error when a caught
 * error led to a Fail state, else the execution's own, with the normalized cause.
 */
export function toExecutionValues(record: IndexedExecution): ExecutionValues {
  const details: ExecutionDetails = {
    stateMachineName: record.stateMachineName,
    workflowType: record.workflowType,
    stateMachineVersionArn: record.stateMachineVersionArn,
    stateMachineAliasArn: record.stateMachineAliasArn,
    name: record.name,
    redriveCount: record.redriveCount,
    normalizedCause: record.normalizedCause,
    rootCause: record.rootCause,
    input: meta(record.input),
    output: meta(record.output),
    transitions: record.transitions,
    costUsd: record.costUsd,
    visits: record.visits,
  };
  return {
    source: record.source,
    execution_arn: record.executionArn,
    state_machine_arn: record.stateMachineArn,
    status: record.status,
    started_at_ms: toMs(record.startedAt, 'startedAt', record.executionArn),
    stopped_at_ms: record.stoppedAt === undefined ? null : toMs(record.stoppedAt, 'stoppedAt', record.executionArn),
    failing_state: orNull(record.failingState),
    error: orNull(record.error),
    cause: orNull(record.cause),
    root_error: orNull(record.rootCause?.error),
    root_message: orNull(record.rootCause?.message),
    group_state: orNull(record.rootCause?.state ?? record.failingState),
    group_error: orNull(record.rootCause?.error ?? record.error),
    group_cause: orNull(record.normalizedCause),
    input: orNull(record.input?.text),
    output: orNull(record.output?.text),
    gone_from_source: record.goneFromSource === undefined ? null : Number(record.goneFromSource),
    indexed_at_ms: toMs(record.indexedAt, 'indexedAt', record.executionArn),
    details: JSON.stringify(details),
  };
}

function toPayload(text: string | null, stored: Omit<StoredPayload, 'text'> | undefined): StoredPayload | undefined {
  return text === null || !stored ? undefined : { text, ...stored };
}

/** The record a row holds: exactly what was put, optional fields absent (never null). */
export function fromExecutionRow(row: ExecutionRow): IndexedExecution {
  const details = JSON.parse(row.details) as ExecutionDetails;
  const record: IndexedExecution = {
    source: row.source,
    executionArn: row.execution_arn,
    stateMachineArn: row.state_machine_arn,
    stateMachineName: details.stateMachineName,
    workflowType: details.workflowType,
    stateMachineVersionArn: details.stateMachineVersionArn,
    stateMachineAliasArn: details.stateMachineAliasArn,
    name: details.name,
    status: row.status as ExecutionStatus,
    startedAt: new Date(row.started_at_ms),
    stoppedAt: row.stopped_at_ms === null ? undefined : new Date(row.stopped_at_ms),
    redriveCount: details.redriveCount,
    failingState: orAbsent(row.failing_state),
    error: orAbsent(row.error),
    cause: orAbsent(row.cause),
    normalizedCause: details.normalizedCause,
    rootCause: details.rootCause,
    input: toPayload(row.input, details.input),
    output: toPayload(row.output, details.output),
    transitions: details.transitions,
    costUsd: details.costUsd,
    visits: details.visits,
    indexedAt: new Date(row.indexed_at_ms),
    goneFromSource: row.gone_from_source === null ? undefined : row.gone_from_source === 1,
  };
  // Absent, not undefined: a record read back has exactly the keys of the one written.
  for (const key of Object.keys(record) as (keyof IndexedExecution)[]) if (record[key] === undefined) delete record[key];
  return record;
}
