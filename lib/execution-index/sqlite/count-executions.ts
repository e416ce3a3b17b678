import type { ExecutionStatus } from '../../domain';
import { summarizeDurations } from '../../metrics/summarize-durations';
import { ExecutionQueryError } from '../execution-query-error';
import type { ExecutionCountQuery, IndexedCountBucket, IndexedStatusCounts, MachineExecutionCounts } from '../types';
import type { PrepareCached } from './search-executions';

/** More buckets than any chart draws; a bigger ask is a mistake, not a request. */
const MAX_BUCKETS = 10_000;

const CLOSING_KEYS: Partial<Record<ExecutionStatus, keyof IndexedStatusCounts>> = {
  SUCCEEDED: 'succeeded',
  FAILED: 'failed',
  TIMED_OUT: 'timedOut',
  ABORTED: 'aborted',
};
const OPEN_KEYS: Partial<Record<ExecutionStatus, keyof IndexedStatusCounts>> = { RUNNING: 'running', PENDING_REDRIVE: 'pendingRedrive' };

/** Each reads only a covering index of schema 3 (executions_machine_started / _stopped); exported for the test of their plans. */
export const COUNT_SQL = {
  byStart: `SELECT CAST((started_at_ms - ?) / ? AS INTEGER) AS bucket, status, count(*) AS n FROM executions
  WHERE state_machine_arn = ? AND source = ? AND started_at_ms >= ? AND started_at_ms < ? GROUP BY bucket, status`,
  byStop: `SELECT CAST((stopped_at_ms - ?) / ? AS INTEGER) AS bucket, status, count(*) AS n FROM executions
  WHERE state_machine_arn = ? AND source = ? AND stopped_at_ms >= ? AND stopped_at_ms < ? GROUP BY bucket, status`,
  durations: `SELECT CAST((stopped_at_ms - ?) / ? AS INTEGER) AS bucket, stopped_at_ms - started_at_ms AS ms FROM executions
  WHERE state_machine_arn = ? AND source = ? AND stopped_at_ms >= ? AND stopped_at_ms < ?`,
} as const;

interface CountRow {
  bucket: number;
  status: ExecutionStatus;
  n: number;
}

export function emptyStatusCounts(): IndexedStatusCounts {
  return { started: 0, succeeded: 0, failed: 0, timedOut: 0, aborted: 0, running: 0, pendingRedrive: 0 };
}

function validate(query: ExecutionCountQuery): number {
  const fromMs = query.from.getTime();
  const toMs = query.to.getTime();
  if (!Number.isFinite(fromMs) || !Number.isFinite(toMs) || toMs <= fromMs) {
    throw new ExecutionQueryError(`Counting needs a window whose end is after its start (from ${query.from.toISOString()}).`);
  }
  if (!Number.isInteger(query.bucketMs) || query.bucketMs < 1) {
    throw new ExecutionQueryError(`Counting needs a bucket length of a whole number of milliseconds, got ${query.bucketMs}.`);
  }
  const buckets = Math.ceil((toMs - fromMs) / query.bucketMs);
  if (buckets > MAX_BUCKETS) {
    throw new ExecutionQueryError(`Counting into ${buckets} buckets is too many: at most ${MAX_BUCKETS}; use longer buckets.`);
  }
  return buckets;
}

/**
 * Counts each machine's executions per bucket: started (and among them running and pending redrive)
 * by start time, succeeded, failed, timed out and aborted by stop time, as CloudWatch's metrics count
 * them. Durations are of executions that closed in the window.
 */
export function countExecutions(prepare: PrepareCached, query: ExecutionCountQuery): MachineExecutionCounts[] {
  const bucketCount = validate(query);
  const fromMs = query.from.getTime();
  const toMs = query.to.getTime();
  const { bucketMs } = query;
  const durations = query.durations ?? 'none';
  const byStart = prepare(COUNT_SQL.byStart);
  const byStop = prepare(COUNT_SQL.byStop);
  const durationRows = prepare(COUNT_SQL.durations);
  return query.stateMachineArns.map((arn) => {
    const params = [fromMs, bucketMs, arn, query.source, fromMs, toMs] as const;
    const buckets: IndexedCountBucket[] = Array.from({ length: bucketCount }, (_, index) => ({
      start: new Date(fromMs + index * bucketMs),
      end: new Date(Math.min(toMs, fromMs + (index + 1) * bucketMs)),
      counts: emptyStatusCounts(),
    }));
    const total = emptyStatusCounts();
    for (const row of byStart.all(...params) as CountRow[]) {
      const counts = buckets[row.bucket]?.counts;
      if (!counts) continue;
      counts.started += row.n;
      total.started += row.n;
      const key = OPEN_KEYS[row.status];
      if (key) {
        counts[key] += row.n;
        total[key] += row.n;
      }
    }
    for (const row of byStop.all(...params) as CountRow[]) {
      const key = CLOSING_KEYS[row.status];
      const counts = buckets[row.bucket]?.counts;
      if (!key || !counts) continue;
      counts[key] += row.n;
      total[key] += row.n;
    }
    if (durations === 'none') return { stateMachineArn: arn, total, buckets };
    const rows = durationRows.all(...params) as { bucket: number; ms: number }[];
    if (durations === 'buckets') {
      const perBucket = buckets.map((): number[] => []);
      for (const row of rows) perBucket[row.bucket]?.push(row.ms);
      buckets.forEach((bucket, index) => (bucket.durations = summarizeDurations(perBucket[index] ?? [])));
    }
    return { stateMachineArn: arn, total, buckets, durations: summarizeDurations(rows.map((row) => row.ms)) };
  });
}
