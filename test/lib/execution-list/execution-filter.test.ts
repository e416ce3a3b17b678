import { describe, expect, it } from 'vitest';
import { hasExecutionFilter, matchesExecutionFilter } from '@/lib/execution-list/execution-filter';
import { toTimeRange } from '@/lib/execution-list/execution-time-range';
import { execution, NOW } from '../../support/execution-list/execution';

describe('matchesExecutionFilter', () => {
  const twoHoursAgo = execution('Daycare-Age-Too-Young-1', 'FAILED', 2, 100);
  it('matches a name substring in any case', () => {
    expect(matchesExecutionFilter(twoHoursAgo, { nameContains: 'too-young' })).toBe(true);
    expect(matchesExecutionFilter(twoHoursAgo, { nameContains: 'too-old' })).toBe(false);
  });
  it('bounds the start time: from inclusive, to exclusive', () => {
    const startedAt = twoHoursAgo.startedAt;
    expect(matchesExecutionFilter(twoHoursAgo, { startedFrom: startedAt })).toBe(true);
    expect(matchesExecutionFilter(twoHoursAgo, { startedTo: startedAt })).toBe(false);
    expect(matchesExecutionFilter(twoHoursAgo, { startedFrom: new Date(startedAt.getTime() + 1) })).toBe(false);
  });
  it('knows when no filter is set', () => {
    expect(hasExecutionFilter({})).toBe(false);
    expect(hasExecutionFilter({ nameContains: 'x' })).toBe(true);
  });
});

describe('toTimeRange', () => {
  it('turns a preset into a start bound relative to now', () => {
    expect(toTimeRange({ range: '24h' }, NOW)).toEqual({ ok: true, preset: '24h', startedFrom: new Date('2026-11-30T12:00:00.000Z') });
  });
  it('reads custom bounds as UTC, the zone the pages show', () => {
    expect(toTimeRange({ range: 'custom', from: '2026-11-30T08:15', to: '2026-12-01' }, NOW)).toEqual({
      ok: true,
      startedFrom: new Date('2026-11-30T08:15:00.000Z'),
      startedTo: new Date('2026-12-01T00:00:00.000Z'),
    });
    expect(toTimeRange({ from: '2026-11-30T08:15:00+02:00' }, NOW)).toEqual({
      ok: true,
      startedFrom: new Date('2026-11-30T06:15:00.000Z'),
      startedTo: undefined,
    });
  });
  it.each([
    [{ range: 'week' }, 'Unknown time range "week": use 1h, 24h, 7d, 30d or custom.'],
    [{ range: 'custom', from: 'yesterday' }, '"From" is not a date and time: "yesterday". Use YYYY-MM-DD HH:mm (UTC).'],
    [{ to: '2026-13-45' }, '"To" is not a date and time: "2026-13-45". Use YYYY-MM-DD HH:mm (UTC).'],
    [{ from: '2026-12-01', to: '2026-11-30' }, '"From" must be before "To".'],
  ])('names what is wrong in %j', (input, message) => {
    expect(toTimeRange(input, NOW)).toEqual({ ok: false, message });
  });
});
