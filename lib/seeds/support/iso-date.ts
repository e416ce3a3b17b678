/** Today's calendar date in UTC, so ages and start dates do not depend on the machine's time zone. */
export function todayUtc(now: Date = new Date()): { year: number; month: number; day: number } {
  return { year: now.getUTCFullYear(), month: now.getUTCMonth() + 1, day: now.getUTCDate() };
}

/** `date + days` as `YYYY-MM-DD` (Python's `(date + timedelta(days=n)).isoformat()`). */
export function addDaysIso(now: Date, days: number): string {
  const date = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + days));
  return date.toISOString().slice(0, 10);
}
