import type { HistoryEventRecord } from '@/lib/domain';

export const HISTORY_PAGE_SIZE = 250;

export interface HistorySelection {
  rows: HistoryEventRecord[];
  /** How many events match the filter, across all pages. */
  matching: number;
  page: number;
  pageCount: number;
  /** Every type in the history with its count, by name. */
  typeCounts: [type: string, count: number][];
}

/**
 * Filters a history by event type and cuts one page of rows, so a 25,000-event history never
 * renders as one table.
 */
export function selectHistoryEvents(
  events: HistoryEventRecord[],
  type: string | undefined,
  page: number,
  pageSize: number = HISTORY_PAGE_SIZE,
): HistorySelection {
  const counts = new Map<string, number>();
  for (const event of events) counts.set(event.type, (counts.get(event.type) ?? 0) + 1);
  const matching = type ? events.filter((event) => event.type === type) : events;
  const pageCount = Math.max(1, Math.ceil(matching.length / pageSize));
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pageCount);
  return {
    rows: matching.slice((current - 1) * pageSize, current * pageSize),
    matching: matching.length,
    page: current,
    pageCount,
    typeCounts: [...counts.entries()].sort(([a], [b]) => a.localeCompare(b)),
  };
}
