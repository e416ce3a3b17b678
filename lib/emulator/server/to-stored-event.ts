import type { EmulatorHistoryEvent } from '../engine/types';
import type { StoredEvent } from '../store/store-types';

/** Splits an engine event into its columns; everything but id, previousEventId, type and timestamp is details. */
export function toStoredEvent(event: EmulatorHistoryEvent): StoredEvent {
  const { id, previousEventId, type, timestamp, ...details } = event;
  return { id, previousEventId, type, timestampMs: timestamp.getTime(), details: JSON.stringify(details) };
}
