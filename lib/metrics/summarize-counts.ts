import type { ExecutionCounts, SparklinePoint } from './types';

/**
 * (failed + timed out) over the executions that closed (succeeded, failed, timed out, aborted), as the
 * overview has always counted it; undefined when none closed.
 */
export function computeFailureRate(counts: ExecutionCounts): number | undefined {
  const failures = (counts.failed ?? 0) + (counts.timedOut ?? 0);
  const closed = failures + (counts.succeeded ?? 0) + (counts.aborted ?? 0);
  return closed > 0 ? failures / closed : undefined;
}

/** The sparkline of a machine: started and failed (failed + timed out) per bucket. */
export function buildSparkline(buckets: readonly { start: Date; end: Date; counts: ExecutionCounts }[]): SparklinePoint[] {
  return buckets.map(({ start, end, counts }) => ({
    start,
    end,
    started: counts.started ?? 0,
    failed: (counts.failed ?? 0) + (counts.timedOut ?? 0),
  }));
}
