import type { DataSourceProblem } from '../../domain';
import type { CountSource, DurationStats, ExecutionCounts, SourceFallback } from '../../metrics/types';

/** One machine counted by one source over a bucket plan: what both read functions shape their results from. */
export interface MachineTally {
  buckets: { counts: ExecutionCounts; duration?: DurationStats }[];
  total: ExecutionCounts;
  duration?: DurationStats;
  source: CountSource;
  fallbacks: SourceFallback[];
  problem?: DataSourceProblem;
}

/** A source's answer for one machine: its tally, or why the next source must try. */
export type SourceAnswer = { tally: Omit<MachineTally, 'fallbacks'> } | { fallback: SourceFallback };

/** Drops the count and keeps the statistics; undefined when no execution closed. */
export function toDurationStats(summary: { count?: number } & DurationStats): DurationStats | undefined {
  const { count, ...stats } = summary;
  if (count === 0 || Object.keys(stats).length === 0) return undefined;
  return stats;
}
