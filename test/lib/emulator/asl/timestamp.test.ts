import { describe, expect, it } from 'vitest';
import { parseTimestamp } from '@/lib/emulator/asl/timestamp';

const MS = 1_000_000n;

describe('parseTimestamp: valid timestamps, as epoch nanoseconds', () => {
  it.each<[string, bigint]>([
    ['1970-01-01T00:00:00Z', 0n],
    ['2016-03-14T01:59:00Z', 1_457_920_740_000n * MS],
    ['2016-03-14T01:59:00.123Z', 1_457_920_740_123n * MS],
    ['1970-01-01T00:00:00.000000001Z', 1n],
    ['1970-01-01T00:00:00.5Z', 500_000_000n],
    // Digits past nanoseconds are cut, not rounded.
    ['1970-01-01T00:00:00.1234567899Z', 123_456_789n],
    ['1969-12-31T23:59:59.5Z', -500_000_000n],
    ['1970-01-01T01:00:00+01:00', 0n],
    ['1969-12-31T22:30:00-01:30', 0n],
    ['1970-01-01T00:00:00+00:00', 0n],
    ['1970-01-02T00:00:00+18:59', (86_400_000n - 68_340_000n) * MS],
    ['2024-02-29T23:59:59Z', 1_709_251_199_000n * MS],
    ['2000-02-29T00:00:00Z', 951_782_400_000n * MS],
    // Years 0–99 are those years, not 1900–1999; year 0 is a leap year in ISO 8601's proleptic calendar.
    ['0099-01-01T00:00:00Z', -59_042_995_200_000n * MS],
    ['0050-06-15T12:00:00Z', -60_574_996_800_000n * MS],
    ['0000-01-01T00:00:00Z', -62_167_219_200_000n * MS],
    ['0000-02-29T00:00:00Z', -62_162_121_600_000n * MS],
    ['0000-12-31T23:59:59Z', -62_135_596_801_000n * MS],
    ['0001-01-01T00:00:00Z', -62_135_596_800_000n * MS],
    ['0001-01-01T01:00:00+01:00', -62_135_596_800_000n * MS],
  ])('%s -> %d', (text, expected) => {
    expect(parseTimestamp(text)).toBe(expected);
  });
});

describe('parseTimestamp: anything else is null', () => {
  it.each([
    ['no zone', '2016-03-14T01:59:00'],
    ['a date only', '2016-03-14'],
    ['a space instead of T', '2016-03-14 01:59:00Z'],
    ['lower-case t', '2016-03-14t01:59:00Z'],
    ['lower-case z', '2016-03-14T01:59:00z'],
    ['no seconds', '2016-03-14T01:59Z'],
    ['an empty fraction', '2016-03-14T01:59:00.Z'],
    ['a compact offset', '2016-03-14T01:59:00+0100'],
    ['surrounding space', ' 2016-03-14T01:59:00Z'],
    ['month 0', '2016-00-14T01:59:00Z'],
    ['month 13', '2016-13-14T01:59:00Z'],
    ['day 0', '2016-03-00T01:59:00Z'],
    ['April 31', '2016-04-31T00:00:00Z'],
    ['February 29 of a common year', '2023-02-29T00:00:00Z'],
    ['February 29 of 1900', '1900-02-29T00:00:00Z'],
    ['February 29 of year 100', '0100-02-29T00:00:00Z'],
    ['February 29 of year 99', '0099-02-29T00:00:00Z'],
    ['hour 24', '2016-03-14T24:00:00Z'],
    ['minute 60', '2016-03-14T01:60:00Z'],
    ['a leap second', '2016-12-31T23:59:60Z'],
    ['an offset beyond 18 hours', '2016-03-14T01:59:00+19:00'],
    ['offset minutes 60', '2016-03-14T01:59:00+01:60'],
    ['free text', 'yesterday'],
  ])('%s: %s', (_why, text) => {
    expect(parseTimestamp(text)).toBeNull();
  });
});
