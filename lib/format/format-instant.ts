import { formatDuration } from './format-duration';

/** Exact time for hover titles: UTC with milliseconds, so it reads the same on every machine. */
export function formatInstant(ms: number | null): string {
  if (ms === null) return '—';
  const iso = new Date(ms).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 23)} UTC`;
}

/** "start → end (duration)" for a bar's title. */
export function formatSpan(startMs: number, endMs: number | null): string {
  return `${formatInstant(startMs)} → ${endMs === null ? 'still running' : formatInstant(endMs)}${endMs === null ? '' : ` (${formatDuration(endMs - startMs)})`}`;
}
