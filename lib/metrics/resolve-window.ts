import type { MetricsWindow, WindowSpec } from './types';
import { WINDOW_PRESET_DETAILS } from './windows';

function formatUtc(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/**
 * Turns what the user asked for into [start, end) at `now`. A custom end a little past `now` (within
 * the parser's tolerance) is clamped to `now`: nothing has happened there yet.
 */
export function resolveWindow(spec: WindowSpec, now: Date): MetricsWindow {
  if ('preset' in spec) {
    const { durationMs, label } = WINDOW_PRESET_DETAILS[spec.preset];
    return { start: new Date(now.getTime() - durationMs), end: new Date(now.getTime()), preset: spec.preset, label };
  }
  const end = spec.to.getTime() > now.getTime() ? new Date(now.getTime()) : new Date(spec.to.getTime());
  return { start: new Date(spec.from.getTime()), end, label: `${formatUtc(spec.from)} – ${formatUtc(end)}` };
}
