/** Where the overview remembers whether its refresh is paused, across page loads. */
export const REFRESH_PAUSED_KEY = 'statescope.overview.refresh-paused';

/**
 * Paused or not: the user's stored choice wins; without one, a reader who asked for reduced motion
 * starts paused, since a table that redraws itself every few seconds is motion they did not ask for.
 */
export function isRefreshPaused(stored: string | null, prefersReducedMotion: boolean): boolean {
  if (stored === 'true') return true;
  if (stored === 'false') return false;
  return prefersReducedMotion;
}

/** "30 s", "2 min": how the control names its interval. */
export function formatRefreshInterval(intervalMs: number): string {
  const seconds = Math.round(intervalMs / 1000);
  return seconds >= 60 && seconds % 60 === 0 ? `${seconds / 60} min` : `${seconds} s`;
}
