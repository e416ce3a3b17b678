import { createCostSfnCaller, type CostSfnCaller } from '../../aws/cost-sfn-caller';
import { describeDataSource } from '../../aws/describe-data-source';
import { isDataSourceError } from '../../aws/errors';
import { listStateMachines } from '../../aws/list-state-machines';
import { NO_REDACTION, type RedactionRules } from '../../execution-index/redact-payload';
import type { ExecutionIndexStore } from '../../execution-index/types';
import type { StateMachineSummary } from '../../domain';
import type { ExecutionReader } from './execution-reader';
import { expressExecutionReader } from './express-execution-reader';
import { standardExecutionReader } from './standard-execution-reader';
import { syncStateMachine } from './sync-state-machine';
import { SyncProgressTracker } from './sync-progress-tracker';
import type { MachineSyncResult, SyncProgress, SyncSummary } from './sync-types';

export type { MachineSyncResult, SyncProgress, SyncSummary } from './sync-types';

export const DEFAULT_PAYLOAD_CAP_BYTES = 64 * 1024;
const DAY_MS = 86_400_000;

export interface SyncOptions {
  store: ExecutionIndexStore;
  redaction?: RedactionRules;
  /** Payloads above this many bytes (after redaction) are cut, and said to be. Default 64 KiB. */
  payloadCapBytes?: number;
  /** Deletes executions that stopped more than this many days ago, after the sync. */
  retentionDays?: number;
  /** Only these state machines (default: every one the data source lists). */
  stateMachineArns?: readonly string[];
  /** Executions read at once per machine. Default 4: well inside AWS's DescribeExecution and GetExecutionHistory quotas. */
  concurrency?: number;
  /** ListExecutions page size, and so how many executions are committed at once. Default 100. */
  pageSize?: number;
  /** Walk every listing to its end (finds executions past AWS's retention on large machines). */
  full?: boolean;
  /** Listed again below the last newest start, for executions a listing shows late. Default 10 s. */
  overlapMs?: number;
  /** Stops after the page under way is committed (Ctrl+C); the next sync resumes there. */
  signal?: AbortSignal;
  onProgress?: (progress: SyncProgress) => void;
  /** The paced Step Functions caller (tests pass one to count calls). */
  caller?: CostSfnCaller;
  now?: () => Date;
}

/** One line for a data-source error: what went wrong and what to do. */
export function describeSyncError(error: unknown): string {
  if (isDataSourceError(error)) return `${error.message} ${error.hint}`;
  return error instanceof Error ? error.message : String(error);
}

async function readerFor(machine: StateMachineSummary, caller: CostSfnCaller, options: SyncOptions): Promise<ExecutionReader> {
  const pageSize = options.pageSize ?? 100;
  const concurrency = options.concurrency ?? 4;
  // An Express page is a scan of the log group's execution records and one sweep of their span: few large pages cost least.
  if (machine.type === 'EXPRESS')
    return expressExecutionReader({ stateMachineArn: machine.arn, pageSize: Math.max(pageSize, 1000), concurrency });
  return standardExecutionReader({ caller, stateMachineArn: machine.arn, pageSize, concurrency });
}

/**
 * Brings the execution index up to date with the data source the AWS SDK settings point at (AWS,
 * Step Functions Local, LocalStack, the emulator; the endpoint is the index's source key): every
 * state machine, or those asked for, one after another; Standard through the paced Step Functions
 * caller, Express from CloudWatch Logs. A machine's data-source error is reported and the others go
 * on; an error listing the state machines (no credentials, unreachable) is thrown.
 */
export async function syncExecutionIndex(options: SyncOptions): Promise<SyncSummary> {
  const now = options.now ?? (() => new Date());
  const startedAt = now();
  const { endpoint: source, region } = await describeDataSource();
  const caller = options.caller ?? createCostSfnCaller({ region });
  const tracker = new SyncProgressTracker(source, startedAt.getTime(), () => now().getTime());
  const machines: MachineSyncResult[] = [];
  const errors: SyncSummary['errors'] = [];
  try {
    const listedMachines = await listStateMachines();
    const wanted = options.stateMachineArns && new Set(options.stateMachineArns);
    const selected = wanted ? listedMachines.filter((m) => wanted.has(m.arn)) : listedMachines;
    for (const arn of wanted ?? []) {
      if (!selected.some((m) => m.arn === arn))
        errors.push({ stateMachineArn: arn, message: `${arn} is not a state machine of ${source}.` });
    }
    for (const machine of selected) {
      if (options.signal?.aborted) break;
      try {
        const reader = await readerFor(machine, caller, options);
        const result = await syncStateMachine({
          store: options.store,
          source,
          reader,
          machine: { arn: machine.arn, name: machine.name, type: machine.type },
          redaction: options.redaction ?? NO_REDACTION,
          payloadCapBytes: options.payloadCapBytes ?? DEFAULT_PAYLOAD_CAP_BYTES,
          now,
          full: options.full === true,
          overlapMs: options.overlapMs ?? 10_000,
          signal: options.signal,
          onCommit: (result, written) => options.onProgress?.(tracker.commit(result, written)),
        });
        machines.push(result);
      } catch (error) {
        if (!isDataSourceError(error)) throw error;
        const message = describeSyncError(error);
        errors.push({ stateMachineArn: machine.arn, message });
        machines.push({
          stateMachineArn: machine.arn,
          name: machine.name,
          type: machine.type,
          new: 0,
          updated: 0,
          archived: 0,
          complete: false,
          error: message,
        });
      }
    }
    const interrupted = options.signal?.aborted === true;
    const deleted =
      options.retentionDays !== undefined && !interrupted
        ? await options.store.deleteStoppedBefore(new Date(now().getTime() - options.retentionDays * DAY_MS))
        : 0;
    const sum = (pick: (m: MachineSyncResult) => number) => machines.reduce((total, m) => total + pick(m), 0);
    return {
      source,
      startedAt,
      durationMs: now().getTime() - startedAt.getTime(),
      new: sum((m) => m.new),
      updated: sum((m) => m.updated),
      archived: sum((m) => m.archived),
      deleted,
      interrupted,
      machines,
      apiCalls: { ...caller.stats, byAction: { ...caller.stats.byAction } },
      errors,
    };
  } finally {
    if (!options.caller) caller.close();
  }
}
