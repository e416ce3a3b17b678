/** Milliseconds between two dates; a missing end means "still running", measured to `now`. */
export function durationBetween(start: Date, end: Date | undefined, now: Date = new Date()): number {
  return (end ?? now).getTime() - start.getTime();
}
