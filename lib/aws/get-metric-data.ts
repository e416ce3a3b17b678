import { GetMetricDataCommand, type CloudWatchClient, type MetricDataQuery, type MetricDataResult } from '@aws-sdk/client-cloudwatch';
import { mergeMetricPages } from '../metrics/merge-metric-pages';
import type { MetricDataOutcome, MetricDataRequest, MetricSeries } from '../metrics/metric-data';
import { STATE_MACHINE_DIMENSION, STATES_NAMESPACE } from '../metrics/state-metrics';
import { getCloudWatchClient } from './cloudwatch-client';
import { toMetricsFailure } from './cloudwatch-errors';

/** A stuck NextToken loop would otherwise call forever. */
const MAX_PAGES = 100;

function toSdkQuery(query: MetricDataRequest['queries'][number]): MetricDataQuery {
  return {
    Id: query.id,
    MetricStat: {
      Metric: {
        Namespace: STATES_NAMESPACE,
        MetricName: query.metricName,
        Dimensions: [{ Name: STATE_MACHINE_DIMENSION, Value: query.stateMachineArn }],
      },
      Period: query.periodSeconds,
      Stat: query.stat,
    },
    ReturnData: true,
  };
}

function toMetricSeries(result: MetricDataResult): MetricSeries {
  return {
    id: result.Id ?? '',
    timestamps: (result.Timestamps ?? []).map((timestamp) => new Date(timestamp)),
    values: result.Values ?? [],
    complete: result.StatusCode === undefined || result.StatusCode === 'Complete',
  };
}

/** The endpoint the client calls, for messages: a configured one (AWS_ENDPOINT_URL…), else AWS's own. */
async function describeEndpoint(client: CloudWatchClient): Promise<string | undefined> {
  try {
    const configured = await client.config.serviceConfiguredEndpoint?.();
    if (configured) return configured;
    const region = await client.config.region();
    return client.config.endpointProvider({ Region: region, UseFIPS: false, UseDualStack: false }).url.origin;
  } catch {
    return undefined;
  }
}

/**
 * One GetMetricData request of `AWS/States` metrics (every page, NextToken followed), as our series.
 * Never throws for a data-source failure: denied, throttled after the SDK's retries, refused,
 * unsupported or unreachable come back as a MetricsFailure with the calls already made counted.
 */
export async function getMetricData(
  request: MetricDataRequest,
  client: CloudWatchClient = getCloudWatchClient(),
): Promise<MetricDataOutcome> {
  const pages: MetricSeries[][] = [];
  let calls = 0;
  let nextToken: string | undefined;
  try {
    do {
      calls += 1;
      const output = await client.send(
        new GetMetricDataCommand({
          MetricDataQueries: request.queries.map(toSdkQuery),
          StartTime: request.start,
          EndTime: request.end,
          ScanBy: 'TimestampAscending',
          NextToken: nextToken,
        }),
      );
      pages.push((output.MetricDataResults ?? []).map(toMetricSeries));
      nextToken = output.NextToken || undefined;
    } while (nextToken && calls < MAX_PAGES);
  } catch (error) {
    return { ok: false, failure: toMetricsFailure(error, await describeEndpoint(client)), calls };
  }
  return { ok: true, series: mergeMetricPages(pages), calls };
}
