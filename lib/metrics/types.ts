/**
 * Execution counts and trends, and where each number came from: the execution index (exact), the
 * `AWS/States` CloudWatch metrics (best-effort) or a capped ListExecutions scan (a sample). The UI
 * codes against these types; the service that fills them is lib/services/execution-counts/.
 * Types and constants only.
 */
import type { DataSourceProblem, StateMachineType } from '../domain';

// ---------------------------------------------------------------- windows

export const WINDOW_PRESETS = ['1h', '24h', '7d', '30d'] as const;
export type WindowPreset = (typeof WINDOW_PRESETS)[number];

/** What the user asked for: a preset relative to `now`, or a custom range (`?from=…&to=…`). */
export type WindowSpec = { preset: WindowPreset } | { from: Date; to: Date };

/** A window resolved against a `now`: [start, end). */
export interface MetricsWindow {
  start: Date;
  end: Date;
  /** The preset it came from; absent for a custom range. */
  preset?: WindowPreset;
  /** "Last 24 h", or the custom range in UTC. */
  label: string;
}

/** Why a window from the address was refused; `param` names the search parameter at fault. */
export interface WindowProblem {
  param: 'window' | 'from' | 'to';
  message: string;
}

export type WindowParseResult = { ok: true; spec: WindowSpec } | { ok: false; problem: WindowProblem };

// ---------------------------------------------------------------- counts

/** Every count a machine can have, in the order the UI shows them. */
export const COUNT_KEYS = ['started', 'succeeded', 'failed', 'timedOut', 'aborted', 'running', 'redriven', 'throttled'] as const;
export type CountKey = (typeof COUNT_KEYS)[number];

/** The counts charted per bucket on the state machine page. */
export const SERIES_KEYS = ['started', 'succeeded', 'failed', 'timedOut', 'aborted', 'throttled'] as const;
export type SeriesKey = (typeof SERIES_KEYS)[number];

/**
 * Counts of one machine over a window or a bucket. A count the source cannot know is absent (not 0):
 * `running` is known only to the index and the scan, `throttled` only to CloudWatch, `redriven` only
 * for Standard machines.
 */
export type ExecutionCounts = Partial<Record<CountKey, number>>;

/** What the UI says about each count: a short label and the sentence behind it. */
export const COUNT_LABELS: Record<CountKey, { label: string; description: string }> = {
  started: { label: 'Started', description: 'Executions started in the window.' },
  succeeded: { label: 'Succeeded', description: 'Executions that succeeded.' },
  failed: { label: 'Failed', description: 'Executions that failed.' },
  timedOut: { label: 'Timed out', description: 'Executions that timed out.' },
  aborted: { label: 'Aborted', description: 'Executions that were stopped (aborted).' },
  running: { label: 'Running', description: 'Executions started in the window and still running.' },
  redriven: { label: 'Redriven', description: 'Executions redriven (Standard workflows only).' },
  throttled: {
    label: 'Throttled transitions',
    description: 'State transitions that were throttled (delayed), not executions refused at start (CloudWatch ExecutionThrottled).',
  },
};

/** Execution durations where the source has them; percentiles where it can, else Average and Maximum. */
export interface DurationStats {
  p50Ms?: number;
  p90Ms?: number;
  p99Ms?: number;
  averageMs?: number;
  maximumMs?: number;
}

// ---------------------------------------------------------------- sources

/** The execution index covered the whole window: every execution is counted once. */
export interface IndexCountSource {
  kind: 'index';
  exact: true;
  /** How far back the index is complete for this machine. */
  reachesBack: Date;
  /** Up to when it is complete (its last finished sync). */
  completeUntil: Date;
}

/**
 * CloudWatch's `AWS/States` metrics, Sum statistic. AWS calls them best-effort: a status can be
 * counted twice, and a datapoint can arrive minutes late.
 */
export interface MetricsCountSource {
  kind: 'metrics';
  bestEffort: true;
  statistic: 'Sum';
  /** The CloudWatch period the counts were read at, in seconds (60, 300, 3600 or a multiple). */
  periodSeconds: number;
}

/** Today's ListExecutions scan, newest first, up to `limit` executions: a sample when `capped`. */
export interface ScanCountSource {
  kind: 'scan';
  /** True when the limit was reached before the window's start: the counts are of the newest `limit` only. */
  capped: boolean;
  limit: number;
  /** Executions read; when capped, the counts cover only from `oldestRead` on. */
  executionsRead: number;
  oldestRead?: Date;
}

export type CountSource = IndexCountSource | MetricsCountSource | ScanCountSource;
export type CountSourceKind = CountSource['kind'];

/** What the UI calls each source, and the caveat it shows beside its numbers. */
export const SOURCE_LABELS: Record<CountSourceKind, { label: string; description: string }> = {
  index: { label: 'Execution index (exact)', description: 'Counted from the execution index, which holds every execution in the window.' },
  metrics: {
    label: 'CloudWatch metrics (best-effort)',
    description: 'Sums of the AWS/States CloudWatch metrics; AWS publishes them best-effort, so a status can be counted twice.',
  },
  scan: {
    label: 'ListExecutions sample',
    description: 'Counted from the newest executions ListExecutions returns, at most 1,000 per state machine.',
  },
};

/** Why a better source was not used, in a sentence the UI can show as is. */
export interface SourceFallback {
  /** The source that was skipped. */
  skipped: 'index' | 'metrics';
  reason: string;
  /** The data-source error behind it, when there was one (CloudWatch denied, unreachable…). */
  problem?: DataSourceProblem;
}

// ---------------------------------------------------------------- results

export interface MachineRef {
  arn: string;
  name: string;
  type: StateMachineType;
  createdAt?: Date;
}

/** One sparkline point: counts over [start, end). */
export interface SparklinePoint {
  start: Date;
  end: Date;
  started: number;
  failed: number;
}

export interface MachineCounts {
  machine: MachineRef;
  counts: ExecutionCounts;
  /** (failed + timed out) over closed executions (succeeded, failed, timed out, aborted), 0–1; undefined when none closed. */
  failureRate?: number;
  duration?: DurationStats;
  /** 24–30 buckets over the window, oldest first. */
  sparkline: SparklinePoint[];
  source: CountSource;
  /** Better sources tried first and why they were not used, in order. */
  fallbacks: SourceFallback[];
  /** Set when no source could count this machine (then counts is empty and source is the last tried). */
  problem?: DataSourceProblem;
}

/** API calls a read made, for the bench and the page's footnote. */
export interface ApiCallCounts {
  getMetricData: number;
  listExecutions: number;
}

export interface ExecutionCountsResult {
  window: MetricsWindow;
  /** The sparkline bucket size. */
  bucketMs: number;
  machines: MachineCounts[];
  apiCalls: ApiCallCounts;
}

/** One bucket of a machine's series: [start, end), so a bar can link to the executions of that period. */
export interface SeriesBucket {
  start: Date;
  end: Date;
  counts: ExecutionCounts;
  duration?: DurationStats;
}

export interface ExecutionSeries {
  machine: MachineRef;
  window: MetricsWindow;
  bucketMs: number;
  /** Oldest first, covering the window without gaps (empty buckets have zero counts); none when `problem`. */
  buckets: SeriesBucket[];
  source: CountSource;
  fallbacks: SourceFallback[];
  problem?: DataSourceProblem;
  apiCalls: ApiCallCounts;
}

export interface ReadExecutionCountsInput {
  machines: readonly MachineRef[];
  window: WindowSpec;
  now: Date;
}

export interface ReadExecutionSeriesInput {
  machine: MachineRef;
  window: WindowSpec;
  now: Date;
}
