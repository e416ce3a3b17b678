import type { ExecutionDetail, HistoryEventRecord } from '@/lib/aws';

/** What the page derives from one finished history; kept with it so a revisit derives nothing again. */
export interface FinishedHistory {
  events: HistoryEventRecord[];
  /** Set on first use by readExecutionView and the debugger section. */
  derived: Map<string, unknown>;
  /** Whose history it is, and when that execution stopped: a stop a page names finds it without asking AWS. */
  executionArn?: string;
  stoppedAtMs?: number;
}

/** How the routes the page calls let the browser keep what they answer of a finished execution: it cannot change. */
export const FINISHED_CACHE_CONTROL = 'private, max-age=3600, immutable';

/** Histories kept: a few of the largest (25,000 events) are tens of MB each. */
const CAPACITY = 4;
const SHARED = Symbol.for('statescope.finishedHistories');
type GlobalWithCache = typeof globalThis & { [SHARED]?: Map<string, FinishedHistory> };

/** The page's sections and its payload route may be bundled apart: they share one cache through globalThis. */
function entries(): Map<string, FinishedHistory> {
  const scope = globalThis as GlobalWithCache;
  return (scope[SHARED] ??= new Map());
}

/**
 * The cache key of an execution whose history can no longer change (ended, and not being redriven:
 * a redrive appends events and raises redriveCount); undefined while it can.
 */
export function finishedHistoryKey(execution: Pick<ExecutionDetail, 'arn' | 'status' | 'redriveCount' | 'stoppedAt'>): string | undefined {
  if (execution.status === 'RUNNING' || execution.status === 'PENDING_REDRIVE') return undefined;
  return [execution.arn, execution.redriveCount ?? 0, execution.status, execution.stoppedAt?.getTime()].join('\n');
}

/** When a finished execution stopped, the stop its page names in its requests; undefined while its history can change. */
export function finishedStopMs(execution: Pick<ExecutionDetail, 'arn' | 'status' | 'redriveCount' | 'stoppedAt'>): number | undefined {
  return finishedHistoryKey(execution) === undefined ? undefined : execution.stoppedAt?.getTime();
}

/** The cached history under `key`, moved to most recently used. */
export function getFinishedHistory(key: string): FinishedHistory | undefined {
  const cache = entries();
  const entry = cache.get(key);
  if (entry) {
    cache.delete(key);
    cache.set(key, entry);
  }
  return entry;
}

/**
 * The cached history of `executionArn` that stopped at `stoppedAtMs`, without a DescribeExecution: a
 * stop is never undone (a redrive stops again, later), so that history cannot have changed since.
 */
export function findFinishedHistory(executionArn: string, stoppedAtMs: number): FinishedHistory | undefined {
  for (const [key, entry] of entries()) {
    if (entry.executionArn === executionArn && entry.stoppedAtMs === stoppedAtMs) return getFinishedHistory(key);
  }
  return undefined;
}

/** Keeps a finished history, dropping the least recently used beyond CAPACITY. */
export function putFinishedHistory(
  key: string,
  events: HistoryEventRecord[],
  execution?: Pick<ExecutionDetail, 'arn' | 'stoppedAt'>,
): FinishedHistory {
  const cache = entries();
  const entry: FinishedHistory = { events, derived: new Map() };
  if (execution?.stoppedAt) {
    entry.executionArn = execution.arn;
    entry.stoppedAtMs = execution.stoppedAt.getTime();
  }
  cache.delete(key);
  cache.set(key, entry);
  for (const oldest of cache.keys()) {
    if (cache.size <= CAPACITY) break;
    cache.delete(oldest);
  }
  return entry;
}

/** `derive(events)` once per cached history and name; uncached histories derive every time. */
export function derivedOnce<T>(entry: FinishedHistory | undefined, name: string, derive: () => T): T {
  if (!entry) return derive();
  if (!entry.derived.has(name)) entry.derived.set(name, derive());
  return entry.derived.get(name) as T;
}

/**
 * `read()` once per cached history and name, for what the page asks AWS besides the history: a
 * request made while another is under way shares it, and a failure (throttling, a network error) is
 * not kept, so the next request asks again. Uncached histories read every time.
 */
export function readOnce<T>(entry: FinishedHistory | undefined, name: string, read: () => Promise<T>): Promise<T> {
  if (!entry) return read();
  const known = entry.derived.get(name) as Promise<T> | undefined;
  if (known) return known;
  const reading = read();
  entry.derived.set(name, reading);
  reading.catch(() => {
    if (entry.derived.get(name) === reading) entry.derived.delete(name);
  });
  return reading;
}
