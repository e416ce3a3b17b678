import { CloudWatchError, invalidParameter } from './cloudwatch-error';
import type { MetricSource } from './metric-source';
import { isRecord, readList, readRequiredString, readTimestamp, type CloudWatchInput } from './read-input';
import type { SeededDatum } from './seeded-datapoints';
import { isStatesMetricName, STATES_METRICS } from './states-metrics';

/** Emulator-only: AWS reserves `AWS/` namespaces for its services, so there is no such call on AWS. */
export const SEED_TARGET = 'StatescopeEmulator.SeedMetricData';
export const MAX_SEED_DATA = 50_000;
/** PutMetricData's own limit of distinct values per datum. */
export const MAX_SEED_VALUES = 150;
const MAX_COUNT = 10_000_000;
const MAX_AGE_MS = 455 * 86_400_000;
const MAX_AHEAD_MS = 2 * 3_600_000;
const STATE_MACHINE_ARN = /^arn:aws[a-z-]*:states:[a-z0-9-]+:\d{12}:stateMachine:[^:\s]{1,80}$/;

/**
 * Loads `AWS/States` datapoints without running executions (benchmarks: a month of metrics for a
 * million executions). Each datum is PutMetricData-shaped: a state machine ARN, a metric name, a
 * timestamp and the distinct values with their counts, so sums and percentiles both stay exact.
 */
export function seedMetricData(input: CloudWatchInput, source: MetricSource, nowMs: number): { Seeded: number } {
  const raw = readList(input, 'MetricData', 'MetricData');
  if (!raw) throw new CloudWatchError('MissingParameter', 'The parameter MetricData is required.');
  if (raw.length > MAX_SEED_DATA) {
    throw invalidParameter('MetricData', `holds ${raw.length} data; send at most ${MAX_SEED_DATA} per SeedMetricData call.`);
  }
  const data = raw.map((item, index) => readDatum(item, `MetricData.member.${index + 1}`, nowMs));
  source.seeded.insertMany(data);
  return { Seeded: data.length };
}

function readDatum(item: unknown, path: string, nowMs: number): SeededDatum {
  if (!isRecord(item)) throw invalidParameter(path, 'must be a structure.');
  const stateMachineArn = readRequiredString(item, 'StateMachineArn', `${path}.StateMachineArn`);
  if (!STATE_MACHINE_ARN.test(stateMachineArn))
    throw invalidParameter(`${path}.StateMachineArn`, `is not a state machine ARN: '${stateMachineArn}'.`);
  const metricName = readRequiredString(item, 'MetricName', `${path}.MetricName`);
  if (!isStatesMetricName(metricName)) {
    throw invalidParameter(`${path}.MetricName`, `must be one of ${Object.keys(STATES_METRICS).join(', ')}, got '${metricName}'.`);
  }
  const timestampMs = readTimestamp(item, 'Timestamp', `${path}.Timestamp`);
  if (timestampMs < nowMs - MAX_AGE_MS || timestampMs > nowMs + MAX_AHEAD_MS) {
    throw invalidParameter(`${path}.Timestamp`, 'must lie between 455 days ago and 2 hours from now, as CloudWatch accepts.');
  }
  const values = readNumbers(item, 'Values', `${path}.Values`);
  if (values.length === 0 || values.length > MAX_SEED_VALUES) {
    throw invalidParameter(`${path}.Values`, `must hold 1 to ${MAX_SEED_VALUES} values, got ${values.length}.`);
  }
  const counts = item.Counts === undefined ? values.map(() => 1) : readNumbers(item, 'Counts', `${path}.Counts`);
  if (counts.length !== values.length)
    throw invalidParameter(`${path}.Counts`, `must hold one count per value (${values.length}), got ${counts.length}.`);
  for (const count of counts) {
    if (!Number.isInteger(count) || count < 1 || count > MAX_COUNT) {
      throw invalidParameter(`${path}.Counts`, `must hold whole numbers from 1 to ${MAX_COUNT}, got ${count}.`);
    }
  }
  if (values.some((value) => value < 0)) throw invalidParameter(`${path}.Values`, 'must not be negative.');
  return { stateMachineArn, metricName, timestampMs, values, counts };
}

function readNumbers(item: CloudWatchInput, field: string, path: string): number[] {
  const list = readList(item, field, path) ?? [];
  return list.map((value) => {
    if (typeof value !== 'number' || !Number.isFinite(value))
      throw invalidParameter(path, `must hold numbers, got ${JSON.stringify(value)}.`);
    return value;
  });
}
