import type { ExecutionStatus, ExecutionSummary } from '../domain';
import { OVERVIEW_WINDOWS, type OverviewWindowId } from './overview-windows';
import { percentile } from './percentile';

/** Statuses that count as a failure in the failure rate: the run ended without doing its job. */
export const FAILURE_STATUSES: readonly ExecutionStatus[] = ['FAILED', 'TIMED_OUT'];

export interface WindowSummary {
  /** Executions started inside the window, by status. */
  countsByStatus: Record<ExecutionStatus, number>;
  total: number;
  /** Started in the window and already stopped: the denominator of the failure rate. */
  closed: number;
  /** FAILED + TIMED_OUT over closed executions, 0–1; undefined when none closed. */
  failureRate?: number;
  /** Nearest-rank percentiles of closed executions' durations. */
  p50DurationMs?: number;
  p95DurationMs?: number;
  /** True when the reads stopped before the window's start: the counts are lower bounds. */
  incomplete: boolean;
}

export interface ExecutionsOverview {
  windows: Record<OverviewWindowId, WindowSummary>;
  /** The newest FAILED or TIMED_OUT execution inside the longest window (by stop time). */
  lastFailure?: ExecutionSummary;
}

function emptyCounts(): Record<ExecutionStatus, number> {
  // Spelled out: pure lib/ takes only types from lib/aws, and the Record type keeps it exhaustive.
  return { RUNNING: 0, SUCCEEDED: 0, FAILED: 0, TIMED_OUT: 0, ABORTED: 0, PENDING_REDRIVE: 0 };
}

function summarizeWindow(executions: readonly ExecutionSummary[], incomplete: boolean): WindowSummary {
  const countsByStatus = emptyCounts();
  const durationsMs: number[] = [];
  let failures = 0;
  for (const execution of executions) {
    countsByStatus[execution.status] += 1;
    if (!execution.stoppedAt) continue;
    durationsMs.push(execution.stoppedAt.getTime() - execution.startedAt.getTime());
    if (FAILURE_STATUSES.includes(execution.status)) failures += 1;
  }
  const closed = durationsMs.length;
  return {
    countsByStatus,
    total: executions.length,
    closed,
    failureRate: closed > 0 ? failures / closed : undefined,
    p50DurationMs: percentile(durationsMs, 50),
    p95DurationMs: percentile(durationsMs, 95),
    incomplete,
  };
}

/**
 * Counts, failure rate and duration percentiles per overview window, from executions as ListExecutions
 * returns them. An execution belongs to a window by its start time, as the console's filters do;
 * one still running has no duration and does not count as closed. `readStoppedEarly` says the pages
 * were not read back to the longest window's start, so any window older than the oldest execution
 * read is marked incomplete.
 */
export function summarizeExecutions(executions: readonly ExecutionSummary[], now: Date, readStoppedEarly = false): ExecutionsOverview {
  const oldestReadMs = Math.min(...executions.map((execution) => execution.startedAt.getTime()));
  const windows = {} as Record<OverviewWindowId, WindowSummary>;
  for (const window of OVERVIEW_WINDOWS) {
    const sinceMs = now.getTime() - window.durationMs;
    const inWindow = executions.filter((execution) => execution.startedAt.getTime() >= sinceMs);
    windows[window.id] = summarizeWindow(inWindow, readStoppedEarly && oldestReadMs > sinceMs);
  }
  const longestSinceMs = now.getTime() - Math.max(...OVERVIEW_WINDOWS.map((window) => window.durationMs));
  let lastFailure: ExecutionSummary | undefined;
  for (const execution of executions) {
    if (!FAILURE_STATUSES.includes(execution.status) || execution.startedAt.getTime() < longestSinceMs) continue;
    const at = (execution.stoppedAt ?? execution.startedAt).getTime();
    if (!lastFailure || at > (lastFailure.stoppedAt ?? lastFailure.startedAt).getTime()) lastFailure = execution;
  }
  return { windows, lastFailure };
}
