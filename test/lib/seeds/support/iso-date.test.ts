import { describe, expect, it } from 'vitest';
import { addDaysIso, todayUtc } from '@/lib/seeds/support/iso-date';

describe("todayUtc: today's calendar date in UTC", () => {
  it.each([
    ['2026-11-23T10:00:00Z', { year: 2026, month: 11, day: 23 }],
    ['2026-01-01T00:00:00Z', { year: 2026, month: 1, day: 1 }],
    ['2026-12-31T23:59:59.999Z', { year: 2026, month: 12, day: 31 }],
    // 1 a.m. in UTC+2 is still the day before in UTC.
    ['2027-01-01T01:00:00+02:00', { year: 2026, month: 12, day: 31 }],
    ['2024-02-29T12:00:00Z', { year: 2024, month: 2, day: 29 }],
  ])('reads %s as %o (months counted from 1)', (instant, date) => {
    expect(todayUtc(new Date(instant))).toEqual(date);
  });

  it('defaults to now', () => {
    const now = new Date();
    expect(todayUtc()).toEqual({ year: now.getUTCFullYear(), month: now.getUTCMonth() + 1, day: now.getUTCDate() });
  });
});

describe('addDaysIso: date + n days as YYYY-MM-DD, like Python (date + timedelta(days=n)).isoformat()', () => {
  it.each([
    ['2026-11-23T10:00:00Z', 0, '2026-11-23'],
    ['2026-11-23T10:00:00Z', 7, '2026-11-30'],
    ['2026-11-23T10:00:00Z', 8, '2026-12-01'],
    ['2026-12-31T23:59:59Z', 1, '2027-01-01'],
    ['2024-02-28T00:00:00Z', 1, '2024-02-29'],
    ['2026-02-28T00:00:00Z', 1, '2026-03-01'],
    ['2026-03-01T00:00:00Z', -1, '2026-02-28'],
    ['2026-11-23T10:00:00Z', 365, '2027-11-23'],
    ['2027-01-01T01:00:00+02:00', 0, '2026-12-31'],
  ])('%s + %d days is %s', (instant, days, date) => {
    expect(addDaysIso(new Date(instant), days)).toBe(date);
  });
});
