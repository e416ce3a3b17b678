import { isFailureEvent } from '@/lib/history/is-failure-event';

/**
 * Failure-like events are drawn in red so the failing path stands out in a long table. Which ones
 * they are is lib/history's answer (each type's phase), not a guess from the name.
 */
export function isFailureEventType(type: string): boolean {
  return isFailureEvent(type);
}
