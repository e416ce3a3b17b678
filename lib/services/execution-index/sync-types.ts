import type { ApiCallStats } from '../../aws/cost-sfn-caller';
import type { IndexSource } from '../../execution-index/types';

/** One state machine's part of a sync, as it stands. */
export interface MachineSyncResult {
  stateMachineArn: string;
  name: string;
  type: 'STANDARD' | 'EXPRESS';
  /** Executions the index did not have. */
  new: number;
  /** Executions the index had and read again because they changed (finished, redriven). */
  updated: number;
  /** Executions the source no longer has (retention passed), now kept as the archive. */
  archived: number;
  /** Oldest start the index reaches for this machine: how far back it goes. */
  oldestStartedAt?: Date;
  newestStartedAt?: Date;
  /** True once the listing was walked to its end or to where the last sync stopped. */
  complete: boolean;
  /** The data source's error for this machine, in words the user can act on. */
  error?: string;
}

export interface SyncProgress {
  source: IndexSource;
  machines: MachineSyncResult[];
  /** Executions written (new + updated) so far. */
  indexed: number;
  perSecond: number;
  /** Oldest start reached over all machines. */
  oldestStartedAt?: Date;
  elapsedMs: number;
  /** The machine whose page was just committed. */
  current?: string;
}

export interface SyncSummary {
  source: IndexSource;
  startedAt: Date;
  durationMs: number;
  new: number;
  updated: number;
  archived: number;
  /** Deleted by the retention (--retention-days). */
  deleted: number;
  /** Stopped early (Ctrl+C): every committed page is kept and the next sync resumes. */
  interrupted: boolean;
  machines: MachineSyncResult[];
  /** Step Functions calls sent (Express machines read CloudWatch Logs, not counted here). */
  apiCalls: ApiCallStats;
  /** Machines whose sync failed; the others went on. */
  errors: { stateMachineArn: string; message: string }[];
}
