import type { ExecutionIndexStore, IndexedStatusCounts, IndexReach, IndexSource } from '../../execution-index/types';
import type { BucketPlan } from '../../metrics/plan-buckets';
import type { ExecutionCounts, MachineRef } from '../../metrics/types';
import { toDurationStats, type SourceAnswer } from './machine-tally';

const toCounts = (counts: IndexedStatusCounts): ExecutionCounts => ({
  started: counts.started,
  succeeded: counts.succeeded,
  failed: counts.failed,
  timedOut: counts.timedOut,
  aborted: counts.aborted,
  running: counts.running,
});

const formatTime = (date: Date) => `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;

const DAY_MS = 86_400_000;

/**
 * How far back the source still lists executions when a first walk reads it: Standard executions for
 * 90 days after they close (https://docs.aws.amazon.com/step-functions/latest/dg/limits-overview.html),
 * Express runs as far as the sync reads their logs (30 days).
 */
export const SOURCE_LISTING_HORIZON_MS = { STANDARD: 90 * DAY_MS, EXPRESS: 30 * DAY_MS } as const;

/**
 * Since when the index holds every execution of a machine. The first walk read the listing to its
 * end at some time F ≤ completeUntil, so nothing the source still listed then is missing: the index is
 * complete from F − horizon, conservatively completeUntil − horizon, or from the oldest start it
 * listed if older. A retention deleted what stopped before its cutoff.
 */
export function computeIndexReach(reach: IndexReach, machine: MachineRef): Date | undefined {
  if (!reach.synced || !reach.completeUntil) return undefined;
  const horizonMs = reach.completeUntil.getTime() - SOURCE_LISTING_HORIZON_MS[machine.type];
  const fromMs = Math.min(reach.oldestListed?.getTime() ?? horizonMs, horizonMs);
  return new Date(Math.max(fromMs, reach.retentionCutoff?.getTime() ?? -Infinity));
}

/** Why the index cannot count a machine over [start, end) exactly; undefined when it can. */
export function findIndexGap(reach: IndexReach, reachesBack: Date | undefined, plan: BucketPlan, stalenessMs: number): string | undefined {
  if (!reach.synced || !reach.completeUntil || !reachesBack)
    return 'The execution index has not finished a first sync of this state machine.';
  if (reachesBack.getTime() > plan.start.getTime()) {
    return `The execution index reaches back to ${formatTime(reachesBack)}, after the window’s start (${formatTime(plan.start)}).`;
  }
  // Nothing has started after `asOf`, however far the rounded end reaches.
  const neededUntil = new Date(Math.min(plan.end.getTime(), plan.asOf.getTime()));
  if (reach.completeUntil.getTime() < neededUntil.getTime() - stalenessMs) {
    return `The execution index was last complete at ${formatTime(reach.completeUntil)}, before the window’s end (${formatTime(neededUntil)}).`;
  }
  return undefined;
}

/**
 * The index holds an Express machine's runs as its CloudWatch Logs do: only what the log level lets
 * through (ERROR or FATAL leave out every success), and log delivery is best-effort.
 */
export const EXPRESS_NOT_EXACT =
  'Express executions are indexed from CloudWatch Logs, which hold only what the log level lets through and are delivered best-effort; they are counted from metrics.';

/**
 * Exact counts from the execution index for the machines whose window it covers (from its reach,
 * allowing the index to lag the window's end by `stalenessMs`, about one sync interval); the others
 * get the reason it does not.
 */
export async function countFromIndex(
  index: ExecutionIndexStore,
  source: IndexSource,
  machines: readonly MachineRef[],
  plan: BucketPlan,
  durations: 'window' | 'buckets',
  stalenessMs: number,
): Promise<SourceAnswer[]> {
  const reaches = await index.readIndexReach(
    source,
    machines.map((machine) => machine.arn),
  );
  const reachesBack = machines.map((machine, i) => {
    const reach = reaches[i];
    return reach && computeIndexReach(reach, machine);
  });
  const gaps = reaches.map((reach, i) =>
    machines[i]?.type === 'EXPRESS' ? EXPRESS_NOT_EXACT : findIndexGap(reach, reachesBack[i], plan, stalenessMs),
  );
  const covered = machines.filter((_, i) => gaps[i] === undefined);
  const counted =
    covered.length === 0
      ? []
      : await index.countExecutions({
          source,
          stateMachineArns: covered.map((machine) => machine.arn),
          from: plan.start,
          to: plan.end,
          bucketMs: plan.bucketMs,
          durations,
        });
  const byArn = new Map(counted.map((machine) => [machine.stateMachineArn, machine]));
  return machines.map((machine, i): SourceAnswer => {
    const gap = gaps[i];
    const counts = byArn.get(machine.arn);
    const reach = reaches[i];
    const back = reachesBack[i];
    if (gap !== undefined || !counts || !reach?.completeUntil || !back)
      return { fallback: { skipped: 'index', reason: gap ?? 'The execution index did not count this state machine.' } };
    const duration = counts.durations && toDurationStats(counts.durations);
    return {
      tally: {
        buckets: counts.buckets.map((bucket) => {
          const bucketDuration = bucket.durations && toDurationStats(bucket.durations);
          return { counts: toCounts(bucket.counts), ...(bucketDuration ? { duration: bucketDuration } : {}) };
        }),
        total: toCounts(counts.total),
        ...(duration ? { duration } : {}),
        source: { kind: 'index', exact: true, reachesBack: back, completeUntil: reach.completeUntil },
      },
    };
  });
}
