import { describe, expect, it } from 'vitest';
import { durationBetween } from '@/lib/format/duration-between';

describe('durationBetween', () => {
  const start = new Date('2024-05-01T10:00:00.000Z');

  it('measures start to end in milliseconds', () => {
    expect(durationBetween(start, new Date('2024-05-01T10:01:02.345Z'))).toBe(62_345);
  });

  it('measures a run without an end up to now', () => {
    expect(durationBetween(start, undefined, new Date('2024-05-01T10:00:05.000Z'))).toBe(5_000);
  });

  it('ignores now when the run has ended', () => {
    expect(durationBetween(start, new Date('2024-05-01T10:00:01.000Z'), new Date('2030-01-01T00:00:00.000Z'))).toBe(1_000);
  });

  it('is negative when the end comes first, as the clocks said', () => {
    expect(durationBetween(start, new Date('2024-05-01T09:59:59.000Z'))).toBe(-1_000);
  });
});
