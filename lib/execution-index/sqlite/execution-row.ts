import type { ExecutionStatus } from '../../domain';
import type { IndexedExecution, StoredPayload } from '../types';

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

/** The record's fields kept in columns (payloads: their text); every other one is kept in `details`. */
const COLUMN_FIELDS = [
  'source',
  'executionArn',
  'stateMachineArn',
  'status',
  'startedAt',
  'stoppedAt',
  'failingState',
  'error',
  'cause',
  'input',
  'output',
  'indexedAt',
  'goneFromSource',
] as const satisfies readonly (keyof IndexedExecution)[];
type ColumnField = (typeof COLUMN_FIELDS)[number];

/**
 * The rest of the record as JSON, payloads without their text: any field the interface gains
 * (as visitsTotal did) round-trips without a change here, as long as JSON can hold it (no Dates).
 */
type ExecutionDetails = Omit<IndexedExecution, ColumnField> & {
  input?: Omit<StoredPayload, 'text'>;
  output?: Omit<StoredPayload, 'text'>;
};

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
  const rest: Partial<IndexedExecution> = { ...record };
  for (const field of COLUMN_FIELDS) delete rest[field];
  const details = { ...rest, input: meta(record.input), output: meta(record.output) } as ExecutionDetails;
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
  const { input, output, ...rest } = JSON.parse(row.details) as ExecutionDetails;
  const record: IndexedExecution = {
    ...rest,
    source: row.source,
    executionArn: row.execution_arn,
    stateMachineArn: row.state_machine_arn,
    status: row.status as ExecutionStatus,
    startedAt: new Date(row.started_at_ms),
    stoppedAt: row.stopped_at_ms === null ? undefined : new Date(row.stopped_at_ms),
    failingState: orAbsent(row.failing_state),
    error: orAbsent(row.error),
    cause: orAbsent(row.cause),
    input: toPayload(row.input, input),
    output: toPayload(row.output, output),
    indexedAt: new Date(row.indexed_at_ms),
    goneFromSource: row.gone_from_source === null ? undefined : row.gone_from_source === 1,
  };
  // Absent, not undefined: a record read back has exactly the keys of the one written.
  for (const key of Object.keys(record) as (keyof IndexedExecution)[]) if (record[key] === undefined) delete record[key];
  return record;
}
