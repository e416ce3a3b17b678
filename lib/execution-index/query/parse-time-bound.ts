/** How the index reads a time bound: a span back from now (`30m`, `24h`, `7d`, `2w`) or a date. */
const SPAN = /^(\d{1,6})(m|h|d|w)$/;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;
const UNIT_MS = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 } as const;

export const TIME_BOUND_EXPECTED = 'a span like 30m, 24h, 7d or 2w, or a date like 2026-12-01 (UTC) or 2026-12-01T08:00Z';

/**
 * Reads `24h`/`7d` as that long before `now`, a date as its midnight UTC, a date-time with its zone;
 * undefined for anything else (the caller says where). A date must exist: 2026-02-30 is refused.
 */
export function parseTimeBound(text: string, now: Date): Date | undefined {
  const span = SPAN.exec(text);
  if (span) {
    const [, amount, unit] = span as unknown as [string, string, keyof typeof UNIT_MS];
    return new Date(now.getTime() - Number(amount) * UNIT_MS[unit]);
  }
  if (DATE_ONLY.test(text)) {
    const date = new Date(`${text}T00:00:00Z`);
    return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text ? undefined : date;
  }
  if (DATE_TIME.test(text)) {
    const date = new Date(text);
    return Number.isNaN(date.getTime()) ? undefined : date;
  }
  return undefined;
}
