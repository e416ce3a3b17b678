import { planBuckets, OVERVIEW_BUCKETS } from '../../metrics/plan-buckets';
import { resolveWindow } from '../../metrics/resolve-window';
import { buildSparkline, computeFailureRate } from '../../metrics/summarize-counts';
import type { ExecutionCountsResult, MachineCounts, ReadExecutionCountsInput } from '../../metrics/types';
import { countMachines } from './count-machines';
import { DEFAULT_COUNT_SOURCES, type CountSources } from './count-sources';

/**
 * The overview's numbers: per state machine, counts by status, failure rate, durations and a sparkline
 * of at most 30 buckets over the window, each machine from the best source that covers it and saying
 * which (index, CloudWatch metrics or a capped ListExecutions sample) and why better ones were skipped.
 * Expected failures are values (`problem`, fallbacks); nothing from the SDK is thrown.
 */
export async function readExecutionCounts(
  input: ReadExecutionCountsInput,
  sources: CountSources = DEFAULT_COUNT_SOURCES,
): Promise<ExecutionCountsResult> {
  const requested = resolveWindow(input.window, input.now);
  const plan = planBuckets(requested, input.now, OVERVIEW_BUCKETS);
  const { tallies, apiCalls } = await countMachines(input.machines, plan, 'window', sources);
  const machines = input.machines.map((machine, i): MachineCounts => {
    const tally = tallies[i];
    if (!tally) throw new Error(`readExecutionCounts: no tally for ${machine.arn}`);
    const failureRate = computeFailureRate(tally.total);
    return {
      machine,
      counts: tally.total,
      ...(failureRate === undefined ? {} : { failureRate }),
      ...(tally.duration ? { duration: tally.duration } : {}),
      sparkline: buildSparkline(
        tally.buckets.map((bucket, b) => ({ ...(plan.buckets[b] ?? { start: plan.start, end: plan.end }), counts: bucket.counts })),
      ),
      source: tally.source,
      fallbacks: tally.fallbacks,
      ...(tally.problem ? { problem: tally.problem } : {}),
    };
  });
  return { window: { ...requested, start: plan.start, end: plan.end }, bucketMs: plan.bucketMs, machines, apiCalls };
}
