import type { HistoryEventRecord } from '@/lib/domain';
import { formatEventDetails } from '@/lib/format/format-json';
import { PREVIEW_CHARS } from '@/lib/format/preview-chars';

/** One raw event as the events table draws it: its details already written out as indented JSON. */
export interface EventTableRow {
  id: number;
  type: string;
  previousEventId?: number;
  timestamp: Date;
  /**
   * The details as indented JSON, or only their first PREVIEW_CHARS when `detailsChars` is larger
   * (the rest is asked for when the reader wants it); undefined when the event has none.
   */
  details?: string;
  /** The length of the whole details text. */
  detailsChars: number;
}

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

/** An event's whole details as the table shows them (undefined: it has none). */
export function formatDetailsOf(event: HistoryEventRecord): string | undefined {
  const details = getEventDetails(event);
  return details === undefined ? undefined : formatEventDetails(details);
}

/**
 * A table row for `event`. With `cut`, long details keep only what the table shows before "Show
 * all": a page sent from the server then carries previews, not the whole of every payload (the
 * bench's 3,400-iteration Map sent its 36 KB input twice, in its first two events).
 */
export function toEventTableRow(event: HistoryEventRecord, { cut = false }: { cut?: boolean } = {}): EventTableRow {
  const whole = formatDetailsOf(event);
  const row: EventTableRow = { id: event.id, type: event.type, timestamp: event.timestamp, detailsChars: whole?.length ?? 0 };
  if (event.previousEventId !== undefined) row.previousEventId = event.previousEventId;
  if (whole !== undefined) row.details = cut && whole.length > PREVIEW_CHARS ? whole.slice(0, PREVIEW_CHARS) : whole;
  return row;
}
