import { planBuckets, SERIES_BUCKETS } from '../../metrics/plan-buckets';
import { resolveWindow } from '../../metrics/resolve-window';
import type { ExecutionSeries, ReadExecutionSeriesInput, SeriesBucket } from '../../metrics/types';
import { countMachines } from './count-machines';
import { DEFAULT_COUNT_SOURCES, type CountSources } from './count-sources';

/**
 * One state machine's charts: counts by status and durations per bucket (at most 60 over the window),
 * each bucket with its [start, end) so a bar can open the executions of that period, from the best
 * source that covers the machine, saying which.
 */
export async function readExecutionSeries(
  input: ReadExecutionSeriesInput,
  sources: CountSources = DEFAULT_COUNT_SOURCES,
): Promise<ExecutionSeries> {
  const requested = resolveWindow(input.window, input.now);
  const plan = planBuckets(requested, input.now, SERIES_BUCKETS);
  const { tallies, apiCalls } = await countMachines([input.machine], plan, 'buckets', sources);
  const [tally] = tallies;
  if (!tally) throw new Error(`readExecutionSeries: no tally for ${input.machine.arn}`);
  const buckets = plan.buckets.map(({ start, end }, i): SeriesBucket => {
    const bucket = tally.buckets[i];
    return { start, end, counts: bucket?.counts ?? {}, ...(bucket?.duration ? { duration: bucket.duration } : {}) };
  });
  return {
    machine: input.machine,
    window: { ...requested, start: plan.start, end: plan.end },
    bucketMs: plan.bucketMs,
    buckets: tally.problem ? [] : buckets,
    source: tally.source,
    fallbacks: tally.fallbacks,
    ...(tally.problem ? { problem: tally.problem } : {}),
    apiCalls,
  };
}
