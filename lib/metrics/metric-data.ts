/**
 * GetMetricData in our own terms, between the planner (pure), the adapter (lib/aws/get-metric-data.ts)
 * and the service. Types and limits only.
 */
import type { DataSourceProblem } from '../domain';

/**
 * One call's limits: 500 queries, 100,800 datapoints returned
 * (https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_GetMetricData.html).
 */
export const GET_METRIC_DATA_LIMITS = { maxQueries: 500, maxDatapoints: 100_800 } as const;

/** One MetricStat query of an `AWS/States` metric for one state machine. */
export interface MetricQuery {
  /** Unique in its call; CloudWatch wants `^[a-z][a-zA-Z0-9_]*$`. */
  id: string;
  stateMachineArn: string;
  metricName: string;
  /** Sum, Average, Maximum, p50… */
  stat: string;
  periodSeconds: number;
}

/** One GetMetricData call's worth: every query over the same [start, end). */
export interface MetricDataRequest {
  start: Date;
  end: Date;
  queries: MetricQuery[];
}

/** What CloudWatch returned for one query, every page merged. Missing periods had no data. */
export interface MetricSeries {
  id: string;
  timestamps: Date[];
  values: number[];
  /** False when CloudWatch said PartialData or an error for this query. */
  complete: boolean;
}

/** Why metrics could not be read: the source falls back and shows this. */
export interface MetricsFailure {
  /** `denied`: no cloudwatch:GetMetricData; `unsupported`: the endpoint does not answer CloudWatch. */
  reason: 'denied' | 'unsupported' | 'throttled' | 'invalid' | 'unreachable' | 'no-credentials';
  problem: DataSourceProblem;
}

export type MetricDataOutcome = { ok: true; series: MetricSeries[]; calls: number } | { ok: false; failure: MetricsFailure; calls: number };
