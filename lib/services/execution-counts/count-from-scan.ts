import type { DataSourceProblem } from '../../domain';
import type { ExecutionsSince } from '../../aws/list-executions-since';
import { isDataSourceError } from '../../aws/errors';
import { mapWithConcurrency } from '../../execution-list/create-concurrency-limiter';
import { countSampledExecutions } from '../../metrics/count-sampled-executions';
import type { BucketPlan } from '../../metrics/plan-buckets';
import type { MachineRef } from '../../metrics/types';
import { toDurationStats, type MachineTally } from './machine-tally';

/** Today's overview limit: the newest 1,000 executions of each machine, one ListExecutions page. */
export const SCAN_LIMIT = 1000;
/** State machines scanned at once, as the overview always has (ListExecutions' token bucket). */
export const SCAN_CONCURRENCY = 4;

export type ListExecutionsSince = (input: {
  stateMachineArn: string;
  since: Date;
  maxPages: number;
  pageSize: number;
}) => Promise<ExecutionsSince>;

/**
 * The last resort: one ListExecutions page of the newest 1,000 executions per machine, counted into
 * the plan. When the page does not reach the window's start the counts are a sample, and say so.
 * A data-source failure here is the machine's problem (no source could count it).
 */
export async function countFromScan(
  listSince: ListExecutionsSince,
  machines: readonly MachineRef[],
  plan: BucketPlan,
  bucketDurations: boolean,
): Promise<{ tallies: Omit<MachineTally, 'fallbacks'>[]; calls: number }> {
  let calls = 0;
  const tallies = await mapWithConcurrency(machines, SCAN_CONCURRENCY, async (machine): Promise<Omit<MachineTally, 'fallbacks'>> => {
    let read: ExecutionsSince;
    try {
      read = await listSince({ stateMachineArn: machine.arn, since: plan.start, maxPages: 1, pageSize: SCAN_LIMIT });
    } catch (error) {
      if (!isDataSourceError(error)) throw error;
      calls += 1;
      const problem: DataSourceProblem = error.toProblem();
      return { buckets: [], total: {}, source: { kind: 'scan', capped: false, limit: SCAN_LIMIT, executionsRead: 0 }, problem };
    }
    calls += read.pagesRead;
    const counted = countSampledExecutions(read.executions, plan, bucketDurations);
    const oldest = read.executions.at(-1)?.startedAt;
    const duration = toDurationStats(counted.duration);
    return {
      buckets: counted.buckets.map((bucket) => {
        const bucketDuration = bucket.duration && toDurationStats(bucket.duration);
        return { counts: bucket.counts, ...(bucketDuration ? { duration: bucketDuration } : {}) };
      }),
      total: counted.total,
      ...(duration ? { duration } : {}),
      source: {
        kind: 'scan',
        capped: read.capped,
        limit: SCAN_LIMIT,
        executionsRead: read.executions.length,
        ...(oldest ? { oldestRead: oldest } : {}),
      },
    };
  });
  return { tallies, calls };
}
