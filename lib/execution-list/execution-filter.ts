import type { ExecutionSummary } from '../domain';

/** The filters ListExecutions cannot apply itself; Statescope applies them to the pages it reads. */
export interface ExecutionFilter {
  /** Case-insensitive substring of the execution name. */
  nameContains?: string;
  /** Inclusive lower bound on the start time. */
  startedFrom?: Date;
  /** Exclusive upper bound on the start time. */
  startedTo?: Date;
}

export function hasExecutionFilter(filter: ExecutionFilter): boolean {
  return Boolean(filter.nameContains || filter.startedFrom || filter.startedTo);
}

export function matchesExecutionFilter(execution: ExecutionSummary, filter: ExecutionFilter): boolean {
  if (filter.nameContains && !execution.name.toLowerCase().includes(filter.nameContains.toLowerCase())) return false;
  const startedMs = execution.startedAt.getTime();
  if (filter.startedFrom && startedMs < filter.startedFrom.getTime()) return false;
  if (filter.startedTo && startedMs >= filter.startedTo.getTime()) return false;
  return true;
}
