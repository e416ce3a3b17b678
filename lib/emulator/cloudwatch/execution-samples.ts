import { CLOSE_METRIC_BY_STATUS, type StatesMetricName } from './states-metrics';

/** The dates and status of one execution, all a metric needs. */
export interface ExecutionTimes {
  status: string;
  startDateMs: number;
  stopDateMs: number | null;
}

export interface MetricSample {
  timestampMs: number;
  value: number;
}

/**
 * The samples one execution contributes to a metric, when and with what value AWS emits them:
 * ExecutionsStarted twice (1 at the start, 0 at the close, which is why AWS tells you to use Sum),
 * ExecutionThrottled 0 at the start (the emulator throttles no transition), the status metric 1 and
 * ExecutionTime (start to close, ms) at the close. ExecutionsRedriven comes from the redrives, not
 * from the execution row (metric-source.ts).
 */
export function executionSamples(execution: ExecutionTimes, metric: StatesMetricName): MetricSample[] {
  const { startDateMs, stopDateMs, status } = execution;
  const closed = stopDateMs !== null && status !== 'RUNNING';
  switch (metric) {
    case 'ExecutionsStarted':
      return closed
        ? [
            { timestampMs: startDateMs, value: 1 },
            { timestampMs: stopDateMs, value: 0 },
          ]
        : [{ timestampMs: startDateMs, value: 1 }];
    case 'ExecutionThrottled':
      return [{ timestampMs: startDateMs, value: 0 }];
    case 'ExecutionTime':
      return closed ? [{ timestampMs: stopDateMs, value: stopDateMs - startDateMs }] : [];
    case 'ExecutionsRedriven':
      return [];
    default:
      return closed && CLOSE_METRIC_BY_STATUS[status] === metric ? [{ timestampMs: stopDateMs, value: 1 }] : [];
  }
}

/** The metrics an execution has published by now (for ListMetrics). */
export function publishedMetrics(execution: ExecutionTimes): StatesMetricName[] {
  const names: StatesMetricName[] = ['ExecutionsStarted', 'ExecutionThrottled'];
  const closeMetric = CLOSE_METRIC_BY_STATUS[execution.status];
  if (closeMetric && execution.stopDateMs !== null) names.push(closeMetric, 'ExecutionTime');
  return names;
}
