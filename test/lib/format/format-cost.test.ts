import { describe, expect, it } from 'vitest';
import { formatCount, formatGbSeconds, formatPercent, formatRunDuration, formatUsd } from '@/lib/format/format-cost';

describe('cost formatting', () => {
  it.each([
    [0, '$0.00'],
    [482.97, '$482.97'],
    [1234.5, '$1,234.50'],
    [0.1, '$0.10'],
    [0.0141, '$0.0141'],
    [0.012, '$0.012'],
    [0.00065, '$0.00065'],
    [0.000025, '$0.000025'],
    [0.0000117746, '$0.0000118'],
    [0.0000011041666, '$0.0000011'],
    [0.000001, '$0.000001'],
    [2.0833333e-7, '$0.000000208'],
    [0.00000999, '$0.00000999'],
    [0.000009999, '$0.00001'],
  ])('formats $%s as %s', (value, text) => {
    expect(formatUsd(value)).toBe(text);
  });

  it('formats GB-seconds: whole from 100, three significant digits below', () => {
    expect([0, 0.00625, 0.0125, 12.50625, 99.96, 1234.5].map(formatGbSeconds)).toEqual(['0', '0.00625', '0.0125', '12.5', '100', '1,235']);
  });

  it('rounds counts and shows shares', () => {
    expect(formatCount(12345.6)).toBe('12,346');
    expect(formatPercent(1, 26)).toBe('3.8 %');
    expect(formatPercent(11, 26)).toBe('42 %');
    expect(formatPercent(1, 0)).toBe('0 %');
  });

  it("formats a priced execution's duration: ms, seconds to two minutes, then minutes", () => {
    expect([0, 850, 999, 1000, 4_240, 119_949, 119_950, 120_000, 210_000].map(formatRunDuration)).toEqual([
      '0 ms',
      '850 ms',
      '999 ms',
      '1.0 s',
      '4.2 s',
      '119.9 s',
      '120.0 s',
      '2.0 min',
      '3.5 min',
    ]);
    expect(formatRunDuration(null)).toBe('running');
  });
});
