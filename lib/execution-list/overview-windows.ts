/** The windows the overview counts executions in, newest first; the last one bounds what is fetched. */
export const OVERVIEW_WINDOWS = [
  { id: '24h', label: 'Last 24 h', durationMs: 24 * 60 * 60 * 1000 },
  { id: '7d', label: 'Last 7 d', durationMs: 7 * 24 * 60 * 60 * 1000 },
] as const;
export type OverviewWindowId = (typeof OVERVIEW_WINDOWS)[number]['id'];

/** How far back the overview reads: the longest window. */
export const OVERVIEW_LOOKBACK_MS = Math.max(...OVERVIEW_WINDOWS.map((window) => window.durationMs));
