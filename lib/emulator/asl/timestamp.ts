const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Parses an ISO-8601 extended offset date-time (`2016-03-14T01:59:00Z`, `…T01:59:00.123+02:00`) to epoch
 * nanoseconds, or null when the text is not one or names an impossible date/time.
 */
export function parseTimestamp(text: string): bigint | null {
  const match = RFC3339.exec(text);
  if (!match) return null;
  const [, year, month, day, hour, minute, second, fraction = '', zone] = match;
  if (zone === undefined) return null;
  const [y = NaN, mo = NaN, d = NaN, h = NaN, mi = NaN, s = NaN] = [year, month, day, hour, minute, second].map(Number);
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || h > 23 || mi > 59 || s > 59) return null;
  let offsetMinutes = 0;
  if (zone !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    const [oh = NaN, om = NaN] = zone.slice(1).split(':').map(Number);
    if (oh > 18 || om > 59) return null;
    offsetMinutes = sign * (oh * 60 + om);
  }
  const epochMs = utcMs(y, mo - 1, d, h, mi, s) - offsetMinutes * 60_000;
  const nanos = BigInt((fraction.slice(1) + '000000000').slice(0, 9) || '0');
  return BigInt(epochMs) * 1_000_000n + nanos;
}

function daysInMonth(year: number, month: number): number {
  return new Date(utcMs(year, month, 0)).getUTCDate();
}

/** Date.UTC without its mapping of years 0–99 to 1900–1999: year 99 is 99, year 0 is 0 (a leap year, as in ISO 8601). */
function utcMs(year: number, monthIndex: number, day: number, hour = 0, minute = 0, second = 0): number {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  date.setUTCHours(hour, minute, second, 0);
  return date.getTime();
}
