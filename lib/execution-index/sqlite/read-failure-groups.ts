import type { ExecutionStatus } from '../../domain';
import { ExecutionQueryError } from '../execution-query-error';
import type { FailureGroup, FailureGroupQuery } from '../types';
import { buildExecutionFilter } from './build-execution-filter';
import type { PrepareCached } from './search-executions';

/** The statuses a failure group counts. */
export const FAILURE_GROUP_STATUSES = ['FAILED', 'TIMED_OUT', 'ABORTED'] as const satisfies readonly ExecutionStatus[];
export const DEFAULT_TREND_BUCKETS = 24;
export const DEFAULT_GROUP_SAMPLES = 5;
const MAX_TREND_BUCKETS = 1000;
const MAX_GROUP_SAMPLES = 100;

interface GroupKey {
  machine: string;
  state: string;
  error: string;
  cause: string;
}
interface GroupRow extends GroupKey {
  n: number;
  first: number;
  last: number;
}

const KEY = `e.state_machine_arn AS machine, coalesce(e.group_state, '') AS state, coalesce(e.group_error, '') AS error,
  coalesce(e.group_cause, '') AS cause`;
const keyOf = (row: GroupKey) => JSON.stringify([row.machine, row.state, row.error, row.cause]);

function wholeNumber(value: number | undefined, fallback: number, min: number, max: number, name: string): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < min || value > max)
    throw new ExecutionQueryError(`The number of ${name} must be a whole number from ${min} to ${max}, not ${value}.`);
  return value;
}

/**
 * Failed, timed-out and aborted executions started in the window, grouped by state machine, state,
 * error and normalized cause (the key stored at put time, root cause first). Each group's trend
 * splits [from, to) into equal buckets; without from or to, the span of the failures found stands in,
 * one span for every group so their trends line up. shareOfMachine divides by every execution of
 * that machine started in the window. Largest groups first, then the most recent.
 */
export function readFailureGroups(prepare: PrepareCached, query: FailureGroupQuery): FailureGroup[] {
  const buckets = wholeNumber(query.buckets, DEFAULT_TREND_BUCKETS, 1, MAX_TREND_BUCKETS, 'trend buckets');
  const samples = wholeNumber(query.samples, DEFAULT_GROUP_SAMPLES, 0, MAX_GROUP_SAMPLES, 'samples');
  const window = buildExecutionFilter({ source: query.source, stateMachineArns: query.stateMachineArns, from: query.from, to: query.to });
  if (query.from && query.to && query.to.getTime() <= query.from.getTime())
    throw new ExecutionQueryError('The failure groups window must end after it starts (to after from).');
  const failures = `${window.where} AND e.status IN (${FAILURE_GROUP_STATUSES.map((status) => `'${status}'`).join(', ')})`;

  const groups = prepare(
    `SELECT ${KEY}, count(*) AS n, min(e.started_at_ms) AS first, max(e.started_at_ms) AS last
     FROM executions e WHERE ${failures} GROUP BY 1, 2, 3, 4`,
  ).all(...window.params) as GroupRow[];
  if (groups.length === 0) return [];

  const from = query.from?.getTime() ?? Math.min(...groups.map((group) => group.first));
  // Without an end, just past the last failure, and never so close to `from` that buckets share a start.
  const to = query.to?.getTime() ?? Math.max(Math.max(...groups.map((group) => group.last)) + 1, from + buckets);
  const span = to - from;
  const trends = new Map<string, number[]>();
  // JavaScript numbers bind as REAL: the casts keep the division whole, so it floors to a bucket.
  const trendRows = prepare(
    `SELECT machine, state, error, cause, bucket, count(*) AS n FROM (
       SELECT ${KEY}, min(${buckets - 1}, max(0, (e.started_at_ms - CAST(? AS INTEGER)) * ${buckets} / CAST(? AS INTEGER))) AS bucket FROM executions e WHERE ${failures}
     ) GROUP BY 1, 2, 3, 4, 5`,
  ).all(from, span, ...window.params) as (GroupKey & { bucket: number; n: number })[];
  for (const row of trendRows) {
    const key = keyOf(row);
    const counts = trends.get(key) ?? new Array<number>(buckets).fill(0);
    counts[row.bucket] = row.n;
    trends.set(key, counts);
  }

  const sampleArns = new Map<string, string[]>();
  if (samples > 0) {
    const sampleRows = prepare(
      `SELECT machine, state, error, cause, arn FROM (
         SELECT machine, state, error, cause, arn, row_number() OVER (PARTITION BY machine, state, error, cause ORDER BY t DESC, arn) AS rank
         FROM (SELECT ${KEY}, e.execution_arn AS arn, e.started_at_ms AS t FROM executions e WHERE ${failures})
       ) WHERE rank <= ? ORDER BY rank`,
    ).all(...window.params, samples) as (GroupKey & { arn: string })[];
    for (const row of sampleRows) {
      const key = keyOf(row);
      sampleArns.set(key, [...(sampleArns.get(key) ?? []), row.arn]);
    }
  }

  const machines = [...new Set(groups.map((group) => group.machine))];
  const machineTotals = new Map(
    (
      prepare(
        `SELECT e.state_machine_arn AS machine, count(*) AS n FROM executions e
         WHERE ${window.where} AND e.state_machine_arn IN (${machines.map(() => '?').join(', ')}) GROUP BY 1`,
      ).all(...window.params, ...machines) as { machine: string; n: number }[]
    ).map((row) => [row.machine, row.n]),
  );

  return groups
    .map((group): FailureGroup => {
      const key = keyOf(group);
      const counts = trends.get(key) ?? new Array<number>(buckets).fill(0);
      return {
        stateMachineArn: group.machine,
        state: group.state,
        error: group.error,
        cause: group.cause,
        count: group.n,
        firstSeen: new Date(group.first),
        lastSeen: new Date(group.last),
        trend: counts.map((count, bucket) => ({ start: new Date(from + Math.ceil((bucket * span) / buckets)), count })),
        shareOfMachine: group.n / (machineTotals.get(group.machine) ?? group.n),
        sampleExecutionArns: sampleArns.get(key) ?? [],
      };
    })
    .sort(
      (a, b) =>
        b.count - a.count ||
        b.lastSeen.getTime() - a.lastSeen.getTime() ||
        a.stateMachineArn.localeCompare(b.stateMachineArn) ||
        a.state.localeCompare(b.state) ||
        a.error.localeCompare(b.error) ||
        a.cause.localeCompare(b.cause),
    );
}
