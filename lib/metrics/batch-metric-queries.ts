import { GET_METRIC_DATA_LIMITS, type MetricQuery } from './metric-data';

/** Datapoints one query can return over [start, end): one per period begun. */
export function countDatapoints(query: MetricQuery, start: Date, end: Date): number {
  return Math.ceil((end.getTime() - start.getTime()) / (query.periodSeconds * 1000));
}

/**
 * Packs queries, in order, into as few GetMetricData calls as the limits allow: at most 500 queries
 * and 100,800 datapoints a call, so no call needs a second page for its size alone.
 */
export function batchMetricQueries(
  queries: readonly MetricQuery[],
  start: Date,
  end: Date,
  limits: { maxQueries: number; maxDatapoints: number } = GET_METRIC_DATA_LIMITS,
): MetricQuery[][] {
  const batches: MetricQuery[][] = [];
  let current: MetricQuery[] = [];
  let datapoints = 0;
  for (const query of queries) {
    const points = countDatapoints(query, start, end);
    if (points > limits.maxDatapoints) {
      throw new RangeError(
        `Query ${query.id} asks for ${points} datapoints, more than the ${limits.maxDatapoints} of one call: use a longer period.`,
      );
    }
    if (current.length === limits.maxQueries || datapoints + points > limits.maxDatapoints) {
      batches.push(current);
      current = [];
      datapoints = 0;
    }
    current.push(query);
    datapoints += points;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
