import { describe, expect, it } from 'vitest';
import { parseTimeBound } from '@/lib/execution-index/query/parse-time-bound';

const NOW = new Date('2026-12-10T12:00:00Z');

describe('parseTimeBound', () => {
  it.each([
    ['30m', '2026-12-10T11:30:00.000Z'],
    ['24h', '2026-12-09T12:00:00.000Z'],
    ['7d', '2026-12-03T12:00:00.000Z'],
    ['2w', '2026-11-26T12:00:00.000Z'],
    ['2026-12-01', '2026-12-01T00:00:00.000Z'],
    ['2026-12-01T08:00Z', '2026-12-01T08:00:00.000Z'],
    ['2026-12-01T08:00:30.5+02:00', '2026-12-01T06:00:30.500Z'],
  ])('reads %s', (text, iso) => {
    expect(parseTimeBound(text, NOW)?.toISOString()).toBe(iso);
  });

  it.each(['', 'yesterday', '7', '7y', '2026-13-01', '2026-02-30', '2026-12-01T08:00', '1234567d'])('refuses %j', (text) => {
    expect(parseTimeBound(text, NOW)).toBeUndefined();
  });
});
