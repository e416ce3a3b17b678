import type { HistoryEventRecord } from '@/lib/domain';
import { isFailureEvent } from '@/lib/history/is-failure-event';

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

/**
 * Failure-like events are drawn in red so the failing path stands out in a long table. Which ones
 * they are is lib/history's answer (each type's phase), not a guess from the name.
 */
export function isFailureEventType(type: string): boolean {
  return isFailureEvent(type);
}
