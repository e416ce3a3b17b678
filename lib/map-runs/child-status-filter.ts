import { EXECUTION_STATUSES, type ExecutionStatus } from '../domain';
import type { MapRunCountKey, MapRunCounts } from './types';

/**
 * The order the unfiltered child list walks the statuses in: what needs a look first. PENDING_REDRIVE
 * is a filter of its own (ListExecutions accepts it only with a Map Run ARN), never part of the walk,
 * since those children are listed as FAILED, TIMED_OUT or ABORTED too.
 */
export const FAILED_FIRST_ORDER = ['FAILED', 'TIMED_OUT', 'ABORTED', 'RUNNING', 'SUCCEEDED'] as const satisfies readonly ExecutionStatus[];

/** The DescribeMapRun `executionCounts` member that counts children of each walked status. */
const COUNT_KEY: Record<(typeof FAILED_FIRST_ORDER)[number], MapRunCountKey> = {
  FAILED: 'failed',
  TIMED_OUT: 'timedOut',
  ABORTED: 'aborted',
  RUNNING: 'running',
  SUCCEEDED: 'succeeded',
};

/** Reads the `status` search parameter: undefined for all, else one execution status. */
export function readChildStatusFilter(value: string | undefined): { ok: true; status?: ExecutionStatus } | { ok: false; message: string } {
  if (value === undefined || value === '' || value === 'ALL') return { ok: true };
  const status = EXECUTION_STATUSES.find((known) => known === value.toUpperCase());
  if (!status) return { ok: false, message: `Unknown status '${value}': use one of ${EXECUTION_STATUSES.join(', ')}.` };
  return { ok: true, status };
}

/**
 * The statuses the unfiltered list reads, failed first, leaving out those DescribeMapRun counts no
 * child for (a running run's counts can lag, so RUNNING and SUCCEEDED are always read then).
 */
export function planFailedFirstStatuses(counts: MapRunCounts, running: boolean): ExecutionStatus[] {
  return FAILED_FIRST_ORDER.filter(
    (status) => (running && (status === 'RUNNING' || status === 'SUCCEEDED')) || counts[COUNT_KEY[status]] > 0,
  );
}
