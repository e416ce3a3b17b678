import type { OverviewSortDirection, OverviewSortKey } from '@/components/state-machines/overview-query';
import type { MachineCounts } from '@/lib/metrics/types';

/** Rows per overview page: enough to scan, few enough that a page's last-failure reads stay cheap. */
export const OVERVIEW_PAGE_SIZE = 50;

/** The machines whose name contains `text`, ignoring case; all of them when there is no text. */
export function filterByName<T extends { name: string }>(machines: readonly T[], text: string | undefined): T[] {
  const needle = text?.trim().toLowerCase();
  return needle ? machines.filter((machine) => machine.name.toLowerCase().includes(needle)) : [...machines];
}

/** Names A→Z (Z→A when descending), as people look names up. */
export function sortByName<T extends { name: string }>(machines: readonly T[], dir: OverviewSortDirection = 'asc'): T[] {
  const sorted = [...machines].sort((a, b) => a.name.localeCompare(b.name, 'en'));
  return dir === 'desc' ? sorted.reverse() : sorted;
}

function sortValue(row: MachineCounts, key: Exclude<OverviewSortKey, 'name'>): number | undefined {
  switch (key) {
    case 'failure-rate':
      return row.failureRate;
    case 'failures':
      return row.counts.failed === undefined && row.counts.timedOut === undefined
        ? undefined
        : (row.counts.failed ?? 0) + (row.counts.timedOut ?? 0);
    case 'volume':
      return row.counts.started;
    case 'p99':
      return row.duration?.p99Ms;
  }
}

/**
 * Rows by one number of the window; a row without that number (nothing closed, no p99 from this
 * source, a machine that could not be read) goes last whichever the direction, and ties keep name order.
 */
export function sortMachineCounts(rows: readonly MachineCounts[], key: OverviewSortKey, dir: OverviewSortDirection): MachineCounts[] {
  const byName = [...rows].sort((a, b) => a.machine.name.localeCompare(b.machine.name, 'en'));
  if (key === 'name') return dir === 'desc' ? byName.reverse() : byName;
  const sign = dir === 'asc' ? 1 : -1;
  return byName
    .map((row, order) => ({ row, order, value: sortValue(row, key) }))
    .sort((a, b) => {
      if (a.value === undefined || b.value === undefined) {
        if (a.value === b.value) return a.order - b.order;
        return a.value === undefined ? 1 : -1;
      }
      return (a.value - b.value) * sign || a.order - b.order;
    })
    .map(({ row }) => row);
}

export interface OverviewPage<T> {
  items: T[];
  /** 1-based, clamped to the pages there are. */
  page: number;
  pageCount: number;
  total: number;
}

/** One page of `items`; a page past the end shows the last one rather than nothing. */
export function pageOf<T>(items: readonly T[], page: number, pageSize = OVERVIEW_PAGE_SIZE): OverviewPage<T> {
  const pageCount = Math.max(1, Math.ceil(items.length / pageSize));
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pageCount);
  return { items: items.slice((current - 1) * pageSize, current * pageSize), page: current, pageCount, total: items.length };
}
