import type { MetricSeries } from './metric-data';
import type { BucketPlan } from './plan-buckets';
import type { QueryTarget } from './plan-metric-queries';
import { COUNT_METRICS } from './state-metrics';
import type { DurationStats, ExecutionCounts, MachineRef } from './types';

export interface MetricCounts {
  /** Per bucket of the plan, oldest first. */
  buckets: { counts: ExecutionCounts; duration?: DurationStats }[];
  total: ExecutionCounts;
  /** Over the whole window (overview) or absent (per-bucket durations are on the buckets). */
  duration?: DurationStats;
  /** Queries CloudWatch answered only in part. */
  incomplete: number;
}

function emptyCounts(machine: MachineRef): ExecutionCounts {
  const counts: ExecutionCounts = {};
  for (const metric of COUNT_METRICS) if (!metric.standardOnly || machine.type === 'STANDARD') counts[metric.key] = 0;
  return counts;
}

const hasValues = (stats: DurationStats) => Object.keys(stats).length > 0;

/**
 * Sums each machine's count datapoints into the plan's buckets (a datapoint belongs to the bucket its
 * timestamp falls in; missing periods had no executions) and sets each duration statistic from its
 * datapoint. Counts CloudWatch does not have for a machine's type (ExecutionsRedriven of Express)
 * stay absent.
 */
export function toMetricCounts(
  machines: readonly MachineRef[],
  plan: BucketPlan,
  series: readonly MetricSeries[],
  targets: ReadonlyMap<string, QueryTarget>,
): MetricCounts[] {
  const results: MetricCounts[] = machines.map((machine) => ({
    buckets: plan.buckets.map(() => ({ counts: emptyCounts(machine) })),
    total: emptyCounts(machine),
    incomplete: 0,
  }));
  const windowDurations = machines.map((): DurationStats => ({}));
  const startMs = plan.start.getTime();
  for (const { id, timestamps, values, complete } of series) {
    const target = targets.get(id);
    const result = target && results[target.machineIndex];
    if (!target || !result) continue;
    if (!complete) result.incomplete += 1;
    timestamps.forEach((timestamp, index) => {
      const value = values[index];
      if (value === undefined || !Number.isFinite(value)) return;
      const bucket = result.buckets[Math.floor((timestamp.getTime() - startMs) / plan.bucketMs)];
      if (target.kind === 'count') {
        if (!bucket) return;
        bucket.counts[target.key] = (bucket.counts[target.key] ?? 0) + value;
        result.total[target.key] = (result.total[target.key] ?? 0) + value;
      } else if (target.perBucket) {
        if (bucket) bucket.duration = { ...bucket.duration, [target.key]: value };
      } else {
        const stats = windowDurations[target.machineIndex];
        if (stats) stats[target.key] = value;
      }
    });
  }
  results.forEach((result, index) => {
    const stats = windowDurations[index];
    if (stats && hasValues(stats)) result.duration = stats;
  });
  return results;
}
