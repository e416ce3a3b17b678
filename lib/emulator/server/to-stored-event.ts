import type { EmulatorHistoryEvent } from '../engine/types';
import type { StoredEvent } from '../store/store-types';

const COLUMNS: ReadonlySet<string> = new Set(['id', 'previousEventId', 'type', 'timestamp']);

/** Splits an engine event into its columns; everything but id, previousEventId, type and timestamp is details. */
export function toStoredEvent(event: EmulatorHistoryEvent): StoredEvent {
  const { id, previousEventId, type, timestamp } = event;
  return { id, previousEventId, type, timestampMs: timestamp.getTime(), details: detailsText(event) };
}

/**
 * The JSON text of the event's details members. Events carry one member or none, so the text is put
 * together around that member's JSON rather than copying the event without its columns (a rest
 * spread, slow for every event of every execution) to encode the copy.
 */
function detailsText(event: EmulatorHistoryEvent): string {
  let memberText = '';
  for (const key of Object.keys(event)) {
    if (COLUMNS.has(key)) continue;
    const value = (event as unknown as Record<string, unknown>)[key];
    // JSON.stringify leaves out members whose value it cannot write (undefined, functions).
    const valueText = JSON.stringify(value) as string | undefined;
    if (valueText === undefined) continue;
    memberText += `${memberText === '' ? '' : ','}${JSON.stringify(key)}:${valueText}`;
  }
  return `{${memberText}}`;
}
