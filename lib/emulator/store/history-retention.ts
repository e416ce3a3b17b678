import type { EmulatorStore } from './emulator-store';

export const DAY_MS = 86_400_000;
/** How often a long-running emulator looks for executions past the retention. */
const LONGEST_CHECK_INTERVAL_MS = 60_000;

export interface HistoryRetention {
  /** Deletes what is past the retention now; returns how many executions went. */
  sweep(): number;
  stop(): void;
}

/**
 * AWS keeps a closed Standard execution for 90 days, then ListExecutions no longer returns it and
 * DescribeExecution / GetExecutionHistory answer ExecutionDoesNotExist. This does the same after
 * `retentionMs`: once at start, then at least every minute (sooner for a short retention, so tests
 * need not wait). The timer never keeps the process alive.
 */
export function startHistoryRetention(store: EmulatorStore, retentionMs: number, nowMs: () => number = Date.now): HistoryRetention {
  const sweep = () => store.deleteClosedBefore(nowMs() - retentionMs);
  sweep();
  const timer = setInterval(sweep, Math.max(100, Math.min(LONGEST_CHECK_INTERVAL_MS, retentionMs / 2)));
  timer.unref();
  return { sweep, stop: () => clearInterval(timer) };
}

/** The retention in milliseconds from `historyRetentionDays` or (tests) `historyRetentionMs`; undefined keeps everything. */
export function resolveHistoryRetentionMs(options: { historyRetentionDays?: number; historyRetentionMs?: number }): number | undefined {
  if (options.historyRetentionMs !== undefined) {
    if (!(options.historyRetentionMs >= 0))
      throw new Error(`historyRetentionMs must be a number of at least 0, got ${options.historyRetentionMs}`);
    return options.historyRetentionMs;
  }
  if (options.historyRetentionDays === undefined) return undefined;
  if (!(options.historyRetentionDays > 0)) {
    throw new Error(`historyRetentionDays must be a number of days above 0, got ${options.historyRetentionDays}`);
  }
  return options.historyRetentionDays * DAY_MS;
}
