/** The overview's sort keys: by name, or by a number of the chosen window. */
export const OVERVIEW_SORT_KEYS = ['name', 'failure-rate', 'failures', 'volume', 'p99'] as const;
export type OverviewSortKey = (typeof OVERVIEW_SORT_KEYS)[number];
export type OverviewSortDirection = 'asc' | 'desc';

/** Everything the overview keeps in its URL, as the strings the URL holds. */
export interface OverviewQuery {
  /** A window preset id or `custom` (then `from`/`to`); absent means the default window. */
  window?: string;
  from?: string;
  to?: string;
  /** Part of a state machine's name, case-insensitive. */
  q?: string;
  sort?: OverviewSortKey;
  dir?: OverviewSortDirection;
  /** 1-based; absent on the first page. */
  page?: number;
}

const ORDER: (keyof OverviewQuery)[] = ['window', 'from', 'to', 'q', 'sort', 'dir', 'page'];

/** The overview with this state: `/` plus only the parameters that are set. */
export function overviewHref(query: OverviewQuery = {}): string {
  const params = new URLSearchParams();
  for (const key of ORDER) {
    const value = query[key];
    if (value === undefined || value === '' || (key === 'page' && value === 1)) continue;
    params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `/?${search}` : '/';
}

/** The query's values as form fields, so a GET form changing one of them keeps the others. */
export function overviewFormFields(query: OverviewQuery): Record<string, string | undefined> {
  return Object.fromEntries(ORDER.map((key) => [key, query[key] === undefined ? undefined : String(query[key])]));
}
