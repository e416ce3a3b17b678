import type { HistoryEventRecord } from '@/lib/domain';

/** One page of an execution's raw events as the events route sends it and the table shows it. */
export interface HistoryEventsPage {
  page: number;
  pageCount: number;
  rows: HistoryEventRecord[];
  /** Event id → the visit it belongs to, for the rows of this page only. */
  visits: [eventId: number, visit: { id: number; name: string }][];
}

/** The visits of a page's rows, from the execution's event → visit table. */
export function visitsOfRows(
  rows: readonly HistoryEventRecord[],
  visitOfEvent: ReadonlyMap<number, { id: number; name: string }>,
): HistoryEventsPage['visits'] {
  return rows.flatMap((row) => {
    const visit = visitOfEvent.get(row.id);
    return visit ? [[row.id, visit] as [number, { id: number; name: string }]] : [];
  });
}

/** A page that went through JSON: its timestamps back to Dates. */
export function reviveHistoryEventsPage(page: HistoryEventsPage): HistoryEventsPage {
  return { ...page, rows: page.rows.map((row) => ({ ...row, timestamp: new Date(row.timestamp as unknown as string) })) };
}

/** Parses a `?page=` value: a page number from 1; absent is the first page. */
export function parsePageParam(value: string | null): number | undefined {
  if (value === null) return 1;
  if (!/^[1-9]\d{0,6}$/.test(value)) return undefined;
  return Number(value);
}
