import { detailsKeyOf } from '@/lib/history/history-event-types';
import { toExecutionEvent } from '@/lib/history/to-execution-event';
import type { ExecutionEvent } from '@/lib/history/types';

/** The time of event `ms` milliseconds into the test executions: 2026-03-10 09:00:00.000 UTC plus `ms`. */
export const atMs = (ms: number): Date => new Date(Date.UTC(2026, 2, 10, 9, 0, 0, ms));

/**
 * One history event as GetExecutionHistory returns it, read by the real converter: `details` go
 * under the type's `*EventDetails` member; the timestamp is `atMs(ms)`, or `atMs(id * 10)` by default,
 * or none when `ms` is null.
 */
export function historyEvent(
  id: number,
  previousEventId: number,
  type: string,
  details?: Record<string, unknown>,
  ms?: number | null,
): ExecutionEvent {
  const raw: Record<string, unknown> = { id, previousEventId, type, timestamp: ms === null ? 'timestamp' : atMs(ms ?? id * 10) };
  if (details) raw[detailsKeyOf(type)] = details;
  return toExecutionEvent(raw, { source: 'test', eventIndex: id - 1 });
}
