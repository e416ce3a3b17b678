import { describeDataSource } from '../../aws/describe-data-source';
import { getMetricData } from '../../aws/get-metric-data';
import { listExecutionsSince } from '../../aws/list-executions-since';
import type { ExecutionIndexStore, IndexSource } from '../../execution-index/types';
import type { MetricDataOutcome, MetricDataRequest } from '../../metrics/metric-data';
import { DEFAULT_SYNC_INTERVAL_SECONDS } from '../execution-index/index-settings';
import { getSharedExecutionIndex } from '../execution-index/shared-execution-index';
import type { ListExecutionsSince } from './count-from-scan';

/**
 * How long the index may lag a window's end and still count it exactly: two sync intervals, the
 * dashboard's STATESCOPE_SYNC_INTERVAL (what `serve` and `demo` sync at; 60 s by default).
 */
export function indexStalenessMs(env: Record<string, string | undefined> = process.env): number {
  const seconds = Number(env.STATESCOPE_SYNC_INTERVAL);
  return 2 * 1000 * (Number.isFinite(seconds) && seconds > 0 ? seconds : DEFAULT_SYNC_INTERVAL_SECONDS);
}

/** Where counts can come from; the defaults are the process's own, tests and the bench pass theirs. */
export interface CountSources {
  /** The execution index and the key its records are under (the Step Functions endpoint), or why there is none. */
  openIndex: () => Promise<{ index: ExecutionIndexStore; source: IndexSource } | { unavailable: string }>;
  getMetricData: (request: MetricDataRequest) => Promise<MetricDataOutcome>;
  listExecutionsSince: ListExecutionsSince;
  indexStalenessMs: number;
}

async function openSharedIndex(): Promise<{ index: ExecutionIndexStore; source: IndexSource } | { unavailable: string }> {
  try {
    const [index, dataSource] = [getSharedExecutionIndex(), await describeDataSource()];
    return { index, source: dataSource.endpoint };
  } catch (error) {
    return { unavailable: `The execution index could not be opened: ${error instanceof Error ? error.message : String(error)}` };
  }
}

export const DEFAULT_COUNT_SOURCES: CountSources = {
  openIndex: openSharedIndex,
  getMetricData: (request) => getMetricData(request),
  listExecutionsSince,
  indexStalenessMs: indexStalenessMs(),
};
