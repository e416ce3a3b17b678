import type { ExecutionRecord, StateMachineType, StoredExecutionStatus } from './store-types';

/** An `executions` row (alias `e`) joined with its state machine (alias `m`), as SQLite returns it. */
export interface ExecutionRow {
  id: number;
  arn: string;
  state_machine_id: number;
  state_machine_arn: string;
  state_machine_name: string;
  revision: number;
  name: string;
  type: string;
  status: string;
  start_date_ms: number;
  stop_date_ms: number | null;
  input: string;
  output: string | null;
  error: string | null;
  cause: string | null;
  redrive_count: number;
  redrive_date_ms: number | null;
}

/** The SELECT list of an ExecutionRow; queries that read more (Map Run children) append their own columns. */
export const EXECUTION_COLUMNS = `e.id, e.arn, e.state_machine_id, m.arn AS state_machine_arn, m.name AS state_machine_name,
  e.revision, e.name, e.type, e.status, e.start_date_ms, e.stop_date_ms, e.input, e.output, e.error, e.cause,
  e.redrive_count, e.redrive_date_ms`;

export function toExecution(row: ExecutionRow): ExecutionRecord {
  return {
    id: row.id,
    arn: row.arn,
    stateMachineId: row.state_machine_id,
    stateMachineArn: row.state_machine_arn,
    stateMachineName: row.state_machine_name,
    revision: row.revision,
    name: row.name,
    type: row.type as StateMachineType,
    status: row.status as StoredExecutionStatus,
    startDateMs: row.start_date_ms,
    stopDateMs: row.stop_date_ms,
    input: row.input,
    output: row.output,
    error: row.error,
    cause: row.cause,
    redriveCount: row.redrive_count,
    redriveDateMs: row.redrive_date_ms,
  };
}
