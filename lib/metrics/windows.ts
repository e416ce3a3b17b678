import type { WindowPreset } from './types';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/** Each preset's length and label. */
export const WINDOW_PRESET_DETAILS: Record<WindowPreset, { durationMs: number; label: string }> = {
  '1h': { durationMs: HOUR_MS, label: 'Last 1 h' },
  '24h': { durationMs: DAY_MS, label: 'Last 24 h' },
  '7d': { durationMs: 7 * DAY_MS, label: 'Last 7 d' },
  '30d': { durationMs: 30 * DAY_MS, label: 'Last 30 d' },
};

export const DEFAULT_WINDOW_PRESET: WindowPreset = '24h';

/** CloudWatch keeps metric data for 455 days (15 months), so no window reaches further back. */
export const MAX_WINDOW_AGE_MS = 455 * DAY_MS;

/** Clocks differ a little: an end up to a minute past `now` is accepted (and clamped to it). */
export const FUTURE_TOLERANCE_MS = MINUTE_MS;
