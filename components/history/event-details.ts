import type { HistoryEventRecord } from '@/lib/domain';

/**
 * The single `*EventDetails` member of an event (docs/aws-behaviour.md#event-details-members), or
 * undefined when it has none.
 */
export function getEventDetails(event: HistoryEventRecord): unknown {
  for (const [key, value] of Object.entries(event)) {
    if (key.endsWith('EventDetails') && value !== undefined) return value;
  }
  return undefined;
}

/** Failure-like events are drawn in red so the failing path stands out in a long table. */
export function isFailureEventType(type: string): boolean {
  return /(Failed|TimedOut|Aborted)$/.test(type) || type === 'FailStateEntered';
}
