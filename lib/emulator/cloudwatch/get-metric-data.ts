import { createHash } from 'node:crypto';
import { CloudWatchError, invalidParameter } from './cloudwatch-error';
import type { MetricSource } from './metric-source';
import {
  isRecord,
  lengthError,
  readBoolean,
  readInteger,
  readList,
  readObject,
  readRequiredObject,
  readRequiredString,
  readString,
  readTimestamp,
  type CloudWatchInput,
} from './read-input';
import { isStatesMetricName, STATE_MACHINE_DIMENSION, STATES_METRICS, STATES_NAMESPACE, type StatesMetricName } from './states-metrics';
import { computeStatistic, parseStatistic, type Statistic } from './statistic-set';

export const MAX_QUERIES = 500;
export const MAX_DATAPOINTS = 100_800;
const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
const ID_PATTERN = /^[a-z][a-zA-Z0-9_]*$/;

interface ParsedQuery {
  id: string;
  label: string;
  returnData: boolean;
  periodMs: number;
  statistic: Statistic;
  /** Undefined when the query names no metric the emulator publishes: it answers no datapoints, as AWS does. */
  metric?: { stateMachineArn: string; metricName: StatesMetricName };
}

export interface MetricDataResult {
  Id: string;
  Label: string;
  /** Epoch milliseconds; the wire layer writes them in its protocol's format. */
  Timestamps: number[];
  Values: number[];
  StatusCode: 'Complete' | 'PartialData';
  Messages: never[];
}

export interface GetMetricDataOutput {
  MetricDataResults: MetricDataResult[];
  NextToken?: string;
  Messages: never[];
}

/**
 * GetMetricData for `AWS/States` MetricStat queries: datapoints only for periods with samples, each
 * stamped with its period's start (periods counted from the rounded StartTime), newest first unless
 * ScanBy says otherwise, paged by MaxDatapoints across the queries in order.
 */
export function getMetricData(input: CloudWatchInput, source: MetricSource, nowMs: number): GetMetricDataOutput {
  const rawQueries = readList(input, 'MetricDataQueries', 'MetricDataQueries');
  if (!rawQueries) throw new CloudWatchError('MissingParameter', 'The parameter MetricDataQueries is required.');
  if (rawQueries.length > MAX_QUERIES) throw lengthError('metricDataQueries', rawQueries.length, MAX_QUERIES);
  const requestedStart = readTimestamp(input, 'StartTime', 'StartTime');
  const endMs = readTimestamp(input, 'EndTime', 'EndTime');
  if (requestedStart >= endMs)
    throw new CloudWatchError('InvalidParameterValue', 'The parameter StartTime must be less than the parameter EndTime.');
  const scanBy = readString(input, 'ScanBy', 'ScanBy', false) ?? 'TimestampDescending';
  if (scanBy !== 'TimestampDescending' && scanBy !== 'TimestampAscending') {
    throw invalidParameter('ScanBy', `must be TimestampDescending or TimestampAscending, got '${scanBy}'.`);
  }
  const maxDatapoints = readInteger(input, 'MaxDatapoints', 'MaxDatapoints') ?? MAX_DATAPOINTS;
  if (maxDatapoints < 1) throw invalidParameter('MaxDatapoints', 'must be at least 1.');
  const startMs = roundStart(requestedStart, nowMs);
  const queries = rawQueries.map((raw, index) => parseQuery(raw, `MetricDataQueries.member.${index + 1}`));
  const seen = new Set<string>();
  queries.forEach((query, index) => {
    if (seen.has(query.id))
      throw invalidParameter(
        `MetricDataQueries.member.${index + 1}.Id`,
        `has the value '${query.id}', which another query already uses: Ids must be unique.`,
      );
    seen.add(query.id);
  });

  const returned = queries.filter((query) => query.returnData);
  const series = returned.map((query) => datapoints(query, source, startMs, endMs, scanBy === 'TimestampAscending'));
  const cursor = readCursor(input, requestFingerprint(input));
  let budget = Math.min(maxDatapoints, MAX_DATAPOINTS);
  let next: { q: number; i: number } | undefined;
  const results = returned.map((query, q): MetricDataResult => {
    const points = series[q] ?? [];
    const from = q < cursor.q ? points.length : q === cursor.q ? cursor.i : 0;
    const take = next ? 0 : Math.min(budget, points.length - from);
    budget -= take;
    const to = from + take;
    if (!next && to < points.length) next = { q, i: to };
    return {
      Id: query.id,
      Label: query.label,
      Timestamps: points.slice(from, to).map((p) => p.timestampMs),
      Values: points.slice(from, to).map((p) => p.value),
      StatusCode: to < points.length ? 'PartialData' : 'Complete',
      Messages: [],
    };
  });
  return {
    MetricDataResults: results,
    ...(next ? { NextToken: Buffer.from(JSON.stringify({ ...next, h: requestFingerprint(input) })).toString('base64url') } : {}),
    Messages: [],
  };
}

/** CloudWatch rounds StartTime down to the resolution it keeps for that age (1 min, 5 min, 1 h). */
export function roundStart(startMs: number, nowMs: number): number {
  const age = nowMs - startMs;
  const step = age > 63 * DAY_MS ? 60 * MINUTE_MS : age > 15 * DAY_MS ? 5 * MINUTE_MS : MINUTE_MS;
  return Math.floor(startMs / step) * step;
}

function parseQuery(raw: unknown, path: string): ParsedQuery {
  if (!isRecord(raw)) throw invalidParameter(path, 'must be a structure.');
  const id = readRequiredString(raw, 'Id', `${path}.Id`);
  if (id.length > 255 || !ID_PATTERN.test(id)) {
    throw invalidParameter(
      `${path}.Id`,
      `has the value '${id}': an Id must start with a lowercase letter and hold only letters, digits and underscores.`,
    );
  }
  if (raw.Expression !== undefined) {
    throw new CloudWatchError(
      'InvalidParameterValue',
      `The Statescope emulator does not evaluate ${path}.Expression (metric math or Metrics Insights): it serves MetricStat queries only.`,
    );
  }
  const stat = readObject(raw, 'MetricStat', `${path}.MetricStat`, false);
  if (!stat) throw new CloudWatchError('MissingParameter', `${path} must have either MetricStat or Expression.`);
  const metric = readRequiredObject(stat, 'Metric', `${path}.MetricStat.Metric`);
  const period = readInteger(stat, 'Period', `${path}.MetricStat.Period`);
  if (period === undefined) throw new CloudWatchError('MissingParameter', `The parameter ${path}.MetricStat.Period is required.`);
  if (period < 60 || period % 60 !== 0) {
    throw invalidParameter(`${path}.MetricStat.Period`, `must be a multiple of 60 seconds for AWS/States metrics, got ${period}.`);
  }
  const statText = readRequiredString(stat, 'Stat', `${path}.MetricStat.Stat`);
  const statistic = parseStatistic(statText);
  if (!statistic) {
    throw invalidParameter(
      `${path}.MetricStat.Stat`,
      `has the value '${statText}'; the emulator computes Sum, SampleCount, Average, Minimum, Maximum and percentiles (p50, p99.9, …).`,
    );
  }
  const metricName = readRequiredString(metric, 'MetricName', `${path}.MetricStat.Metric.MetricName`);
  const namespace = readString(metric, 'Namespace', `${path}.MetricStat.Metric.Namespace`, false);
  const unit = readString(stat, 'Unit', `${path}.MetricStat.Unit`, false);
  const dimensions = readList(metric, 'Dimensions', `${path}.MetricStat.Metric.Dimensions`) ?? [];
  const arn =
    dimensions.length === 1 && isRecord(dimensions[0]) && dimensions[0].Name === STATE_MACHINE_DIMENSION ? dimensions[0].Value : undefined;
  const published =
    namespace === STATES_NAMESPACE &&
    isStatesMetricName(metricName) &&
    typeof arn === 'string' &&
    (unit === undefined || unit === STATES_METRICS[metricName]);
  return {
    id,
    label: readString(raw, 'Label', `${path}.Label`, false) ?? metricName,
    returnData: readBoolean(raw, 'ReturnData', `${path}.ReturnData`) ?? true,
    periodMs: period * 1000,
    statistic,
    metric: published ? { stateMachineArn: arn, metricName } : undefined,
  };
}

function datapoints(query: ParsedQuery, source: MetricSource, startMs: number, endMs: number, ascending: boolean) {
  if (!query.metric) return [];
  const sets = source.periods(query.metric, { startMs, endMs, periodMs: query.periodMs }, query.statistic.kind === 'percentile');
  const points: Array<{ timestampMs: number; value: number }> = [];
  for (const [bucket, set] of sets) {
    const value = computeStatistic(set, query.statistic);
    if (value !== undefined) points.push({ timestampMs: startMs + bucket * query.periodMs, value });
  }
  return points.sort((a, b) => (ascending ? a.timestampMs - b.timestampMs : b.timestampMs - a.timestampMs));
}

/** Tokens are bound to the request they came from: the same queries, window and order. */
function requestFingerprint(input: CloudWatchInput): string {
  const rest = { ...input };
  delete rest.NextToken;
  return createHash('sha256').update(JSON.stringify(rest)).digest('base64url').slice(0, 16);
}

function readCursor(input: CloudWatchInput, fingerprint: string): { q: number; i: number } {
  const token = readString(input, 'NextToken', 'NextToken', false);
  if (token === undefined) return { q: 0, i: 0 };
  try {
    const parsed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as { q?: unknown; i?: unknown; h?: unknown };
    if (parsed.h === fingerprint && Number.isInteger(parsed.q) && Number.isInteger(parsed.i))
      return { q: parsed.q as number, i: parsed.i as number };
  } catch {
    // falls through to the error below
  }
  throw new CloudWatchError(
    'InvalidNextToken',
    'The NextToken is not valid for this request (it must come from the same GetMetricData request).',
  );
}
