/** A "nice" top for an axis that holds `max`: 1, 2 or 5 times a power of ten, never below 1. */
export function niceMax(max: number): number {
  if (!Number.isFinite(max) || max <= 1) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 2, 5, 10]) if (step * power >= max) return step * power;
  return 10 * power;
}

const DAY_MONTH = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });

function hhmm(date: Date): string {
  return date.toISOString().slice(11, 16);
}

/** "4 Dec 08:00–09:00 UTC", "4 Dec 00:00 – 5 Dec 00:00 UTC": the period a bar covers, [start, end). */
export function formatBucketRange(start: Date, end: Date): string {
  const sameDay = start.toISOString().slice(0, 10) === new Date(end.getTime() - 1).toISOString().slice(0, 10);
  if (sameDay) return `${DAY_MONTH.format(start)} ${hhmm(start)}–${hhmm(end)} UTC`;
  return `${DAY_MONTH.format(start)} ${hhmm(start)} – ${DAY_MONTH.format(end)} ${hhmm(end)} UTC`;
}

/** The short tick under the axis: a time for buckets shorter than a day, else the date. */
export function formatTick(start: Date, bucketMs: number): string {
  return bucketMs < 24 * 60 * 60 * 1000 ? (hhmm(start) === '00:00' ? DAY_MONTH.format(start) : hhmm(start)) : DAY_MONTH.format(start);
}

/** Indexes of about `wanted` evenly spaced ticks over `count` buckets, first one always included. */
export function tickIndexes(count: number, wanted = 6): number[] {
  if (count <= 0) return [];
  const every = Math.max(1, Math.ceil(count / wanted));
  const indexes: number[] = [];
  for (let index = 0; index < count; index += every) indexes.push(index);
  return indexes;
}
