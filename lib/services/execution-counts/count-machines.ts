import type { BucketPlan } from '../../metrics/plan-buckets';
import type { ApiCallCounts, MachineRef, SourceFallback } from '../../metrics/types';
import { countFromIndex } from './count-from-index';
import { countFromMetrics } from './count-from-metrics';
import { countFromScan } from './count-from-scan';
import type { CountSources } from './count-sources';
import type { MachineTally, SourceAnswer } from './machine-tally';

/**
 * Counts every machine from the best source that can: the execution index where it covers the plan
 * (exact), else CloudWatch metrics (best-effort), else a capped ListExecutions scan. Each machine
 * keeps the reasons its better sources were skipped; API calls are counted.
 */
export async function countMachines(
  machines: readonly MachineRef[],
  plan: BucketPlan,
  durations: 'window' | 'buckets',
  sources: CountSources,
): Promise<{ tallies: MachineTally[]; apiCalls: ApiCallCounts }> {
  const fallbacks: SourceFallback[][] = machines.map(() => []);
  const tallies: (MachineTally | undefined)[] = machines.map(() => undefined);
  const settle = (indexes: number[], answers: SourceAnswer[]) =>
    answers.forEach((answer, i) => {
      const machineIndex = indexes[i] ?? -1;
      if ('tally' in answer) tallies[machineIndex] = { ...answer.tally, fallbacks: fallbacks[machineIndex] ?? [] };
      else fallbacks[machineIndex]?.push(answer.fallback);
    });
  const pending = () => machines.flatMap((_, i) => (tallies[i] ? [] : [i]));

  const opened = await sources.openIndex();
  const all = pending();
  if ('index' in opened) {
    let answers: SourceAnswer[];
    try {
      answers = await countFromIndex(opened.index, opened.source, machines, plan, durations, sources.indexStalenessMs);
    } catch (error) {
      // A damaged or locked index file costs exactness, not the page.
      const reason = `The execution index could not be read: ${error instanceof Error ? error.message : String(error)}`;
      answers = all.map(() => ({ fallback: { skipped: 'index', reason } }));
    }
    settle(all, answers);
  } else {
    settle(
      all,
      all.map(() => ({ fallback: { skipped: 'index', reason: opened.unavailable } })),
    );
  }

  const forMetrics = pending();
  const metrics = await countFromMetrics(
    sources.getMetricData,
    forMetrics.map((i) => machines[i] as MachineRef),
    plan,
    durations,
  );
  settle(forMetrics, metrics.answers);

  const forScan = pending();
  const scan = await countFromScan(
    sources.listExecutionsSince,
    forScan.map((i) => machines[i] as MachineRef),
    plan,
    durations === 'buckets',
  );
  settle(
    forScan,
    scan.tallies.map((tally) => ({ tally })),
  );

  return {
    tallies: tallies.map((tally) => tally as MachineTally),
    apiCalls: { getMetricData: metrics.calls, listExecutions: scan.calls },
  };
}
