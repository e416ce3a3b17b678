import type { HistoryEventRecord } from '@/lib/domain';
import { toEventTableRow, type EventTableRow } from './event-table-rows';

/** One page of an execution's raw events as the events route sends it and the table shows it. */
export interface HistoryEventsPage {
  page: number;
  pageCount: number;
  /** Long details cut to their preview (toEventTableRow's `cut`). */
  rows: EventTableRow[];
  /** Event id → the visit it belongs to, for the rows of this page only. */
  visits: [eventId: number, visit: { id: number; name: string }][];
}

/** The visits of a page's rows, from the execution's event → visit table. */
export function visitsOfRows(
  rows: readonly { id: number }[],
  visitOfEvent: ReadonlyMap<number, { id: number; name: string }>,
): HistoryEventsPage['visits'] {
  return rows.flatMap((row) => {
    const visit = visitOfEvent.get(row.id);
    return visit ? [[row.id, visit] as [number, { id: number; name: string }]] : [];
  });
}

/** The page of rows `selection` cut, as the events table is sent it: long details as previews. */
export function toHistoryEventsPage(
  selection: { page: number; pageCount: number; rows: readonly HistoryEventRecord[] },
  visitOfEvent: ReadonlyMap<number, { id: number; name: string }>,
): HistoryEventsPage {
  return {
    page: selection.page,
    pageCount: selection.pageCount,
    rows: selection.rows.map((row) => toEventTableRow(row, { cut: true })),
    visits: visitsOfRows(selection.rows, visitOfEvent),
  };
}

/** A page that went through JSON: its timestamps back to Dates. */
export function reviveHistoryEventsPage(page: HistoryEventsPage): HistoryEventsPage {
  return { ...page, rows: page.rows.map((row) => ({ ...row, timestamp: new Date(row.timestamp as unknown as string) })) };
}

/** Parses a `?page=` value: a page number from 1; absent is the first page. */
export function parsePageParam(value: string | null): number | undefined {
  if (value === null) return 1;
  return parseCountingNumber(value);
}

/** Parses an `?event=` value, an event id (a whole number from 1); undefined when it is not one. */
export function parseEventParam(value: string): number | undefined {
  return parseCountingNumber(value);
}

/** A whole number from 1 with at most 7 digits (25,000 events fit; no parse of a huge value). */
function parseCountingNumber(value: string): number | undefined {
  return /^[1-9]\d{0,6}$/.test(value) ? Number(value) : undefined;
}
