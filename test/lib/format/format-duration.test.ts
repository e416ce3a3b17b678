import { describe, expect, it } from 'vitest';
import { formatDuration } from '@/lib/format/format-duration';

describe('formatDuration', () => {
  it('writes milliseconds below a second', () => {
    expect([0, 1, 849.6, 999].map(formatDuration)).toEqual(['0 ms', '1 ms', '850 ms', '999 ms']);
  });

  it('writes seconds with two decimals below 10 s and one below a minute, dropping trailing zeros', () => {
    expect([1000, 1500, 4_230, 9_999, 10_000, 12_340, 59_949].map(formatDuration)).toEqual([
      '1 s',
      '1.5 s',
      '4.23 s',
      '10 s',
      '10 s',
      '12.3 s',
      '59.9 s',
    ]);
  });

  it('writes minutes and padded seconds below an hour', () => {
    expect([60_000, 185_000, 3_599_000].map(formatDuration)).toEqual(['1 min 00 s', '3 min 05 s', '59 min 59 s']);
  });

  it('writes hours and padded minutes below two days, then days and hours', () => {
    expect([3_600_000, 7_440_000, 47 * 3_600_000 + 59 * 60_000].map(formatDuration)).toEqual(['1 h 00 min', '2 h 04 min', '47 h 59 min']);
    expect([48 * 3_600_000, 75 * 3_600_000].map(formatDuration)).toEqual(['2 d 00 h', '3 d 03 h']);
  });

  it('shows a dash when unknown, and clamps negatives to 0 ms', () => {
    expect([null, undefined, Number.NaN, Number.POSITIVE_INFINITY].map(formatDuration)).toEqual(['–', '–', '–', '–']);
    expect(formatDuration(-5)).toBe('0 ms');
  });
});
