import { CloudWatchError, invalidParameter } from './cloudwatch-error';
import type { MetricSource } from './metric-source';
import { isRecord, readList, readRequiredString, readString, type CloudWatchInput } from './read-input';
import { STATE_MACHINE_DIMENSION, STATES_NAMESPACE } from './states-metrics';

const PAGE_SIZE = 500;
const TWO_WEEKS_MS = 14 * 86_400_000;
const THREE_HOURS_MS = 3 * 3_600_000;

export interface ListedMetric {
  Namespace: string;
  MetricName: string;
  Dimensions: Array<{ Name: string; Value: string }>;
}

export interface ListMetricsOutput {
  Metrics: ListedMetric[];
  NextToken?: string;
}

/**
 * ListMetrics for `AWS/States`: the metrics with a sample in the past two weeks (as AWS lists them),
 * or the past three hours with RecentlyActive PT3H, filtered, 500 a page, sorted by ARN then name.
 */
export function listMetrics(input: CloudWatchInput, source: MetricSource, nowMs: number): ListMetricsOutput {
  const namespace = readString(input, 'Namespace', 'Namespace', false);
  const metricName = readString(input, 'MetricName', 'MetricName', false);
  const recentlyActive = readString(input, 'RecentlyActive', 'RecentlyActive', false);
  if (recentlyActive !== undefined && recentlyActive !== 'PT3H')
    throw invalidParameter('RecentlyActive', `must be PT3H, got '${recentlyActive}'.`);
  const filters = (readList(input, 'Dimensions', 'Dimensions') ?? []).map((raw, index) => {
    const path = `Dimensions.member.${index + 1}`;
    if (!isRecord(raw)) throw invalidParameter(path, 'must be a structure.');
    return { name: readRequiredString(raw, 'Name', `${path}.Name`), value: readString(raw, 'Value', `${path}.Value`, false) };
  });
  if (filters.length > 10) throw invalidParameter('Dimensions', `may hold at most 10 filters, got ${filters.length}.`);
  if (namespace !== undefined && namespace !== STATES_NAMESPACE) return { Metrics: [] };

  const since = nowMs - (recentlyActive ? THREE_HOURS_MS : TWO_WEEKS_MS);
  const metrics = source
    .identitiesSince(since)
    .filter((m) => metricName === undefined || m.metricName === metricName)
    .filter((m) => filters.every((f) => f.name === STATE_MACHINE_DIMENSION && (f.value === undefined || f.value === m.stateMachineArn)))
    .sort((a, b) => compareText(a.stateMachineArn, b.stateMachineArn) || compareText(a.metricName, b.metricName));

  const offset = readOffset(input);
  const page = metrics.slice(offset, offset + PAGE_SIZE).map((m): ListedMetric => ({
    Namespace: STATES_NAMESPACE,
    MetricName: m.metricName,
    Dimensions: [{ Name: STATE_MACHINE_DIMENSION, Value: m.stateMachineArn }],
  }));
  const nextOffset = offset + PAGE_SIZE;
  return {
    Metrics: page,
    ...(nextOffset < metrics.length ? { NextToken: Buffer.from(`list-metrics:${nextOffset}`).toString('base64url') } : {}),
  };
}

/** Code-unit order: the same on every machine, whatever its locale. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function readOffset(input: CloudWatchInput): number {
  const token = readString(input, 'NextToken', 'NextToken', false);
  if (token === undefined) return 0;
  const match = /^list-metrics:(\d+)$/.exec(Buffer.from(token, 'base64url').toString('utf8'));
  if (!match) throw new CloudWatchError('InvalidNextToken', 'The NextToken is not valid: it must come from a previous ListMetrics answer.');
  return Number(match[1]);
}
