import { mapWithConcurrency } from '../../execution-list/create-concurrency-limiter';
import { batchMetricQueries } from '../../metrics/batch-metric-queries';
import type { MetricDataOutcome, MetricDataRequest, MetricSeries, MetricsFailure } from '../../metrics/metric-data';
import type { BucketPlan } from '../../metrics/plan-buckets';
import { planMetricQueries } from '../../metrics/plan-metric-queries';
import { toMetricCounts } from '../../metrics/to-metric-counts';
import type { MachineRef } from '../../metrics/types';
import type { SourceAnswer } from './machine-tally';

/** GetMetricData calls in flight at once: CloudWatch allows 50 a second per account and region. */
export const METRICS_CONCURRENCY = 4;

function toFallback(failure: MetricsFailure): SourceAnswer {
  return { fallback: { skipped: 'metrics', reason: failure.problem.message, problem: failure.problem } };
}

/**
 * Counts from the `AWS/States` metrics: every machine's queries packed into as few GetMetricData calls
 * as the limits allow, run a few at a time. A failed call sends only its own machines on to the next
 * source, with CloudWatch's reason.
 */
export async function countFromMetrics(
  getMetricData: (request: MetricDataRequest) => Promise<MetricDataOutcome>,
  machines: readonly MachineRef[],
  plan: BucketPlan,
  durations: 'window' | 'buckets',
): Promise<{ answers: SourceAnswer[]; calls: number }> {
  if (machines.length === 0) return { answers: [], calls: 0 };
  const { queries, targets } = planMetricQueries(machines, plan, durations);
  const batches = batchMetricQueries(queries, plan.start, plan.end);
  const outcomes = await mapWithConcurrency(batches, METRICS_CONCURRENCY, (batch) =>
    getMetricData({ start: plan.start, end: plan.end, queries: batch }),
  );
  const failures = new Map<number, MetricsFailure>();
  const series: MetricSeries[] = [];
  outcomes.forEach((outcome, batchIndex) => {
    if (outcome.ok) {
      series.push(...outcome.series);
      return;
    }
    for (const query of batches[batchIndex] ?? []) {
      const target = targets.get(query.id);
      if (target && !failures.has(target.machineIndex)) failures.set(target.machineIndex, outcome.failure);
    }
  });
  const counted = toMetricCounts(machines, plan, series, targets);
  const answers = machines.map((_, i): SourceAnswer => {
    const failure = failures.get(i);
    const result = counted[i];
    if (failure || !result)
      return failure
        ? toFallback(failure)
        : { fallback: { skipped: 'metrics', reason: 'CloudWatch returned nothing for this state machine.' } };
    return {
      tally: {
        buckets: result.buckets,
        total: result.total,
        ...(result.duration ? { duration: result.duration } : {}),
        source: { kind: 'metrics', bestEffort: true, statistic: 'Sum', periodSeconds: plan.periodSeconds },
      },
    };
  });
  return { answers, calls: outcomes.reduce((sum, outcome) => sum + outcome.calls, 0) };
}
