import { describe, expect, it } from 'vitest';
import { TIME_RANGE_PRESETS, parseUtcDateTime, toTimeRange } from '@/lib/execution-list/execution-time-range';

const NOW = new Date('2026-03-10T12:00:00.000Z');
const HOUR = 60 * 60 * 1000;

describe('parseUtcDateTime', () => {
  it.each([
    ['2026-03-10T09:30', '2026-03-10T09:30:00.000Z'],
    ['2026-03-10 09:30', '2026-03-10T09:30:00.000Z'],
    ['2026-03-10', '2026-03-10T00:00:00.000Z'],
    ['2026-03-10T09:30:15', '2026-03-10T09:30:15.000Z'],
    ['2026-03-10T09:30:15.25', '2026-03-10T09:30:15.250Z'],
    ['2026-03-10T09:30Z', '2026-03-10T09:30:00.000Z'],
    ['2026-03-10T09:30+01:00', '2026-03-10T08:30:00.000Z'],
    ['2026-03-10T09:30:00-05:30', '2026-03-10T15:00:00.000Z'],
    ['  2026-03-10 09:30  ', '2026-03-10T09:30:00.000Z'],
  ])('reads %j as %s (a time without a zone is UTC, as the page shows it)', (text, iso) => {
    expect(parseUtcDateTime(text)?.toISOString()).toBe(iso);
  });

  it('reads 29 February in a leap year', () => {
    expect(parseUtcDateTime('2028-02-29 23:59')?.toISOString()).toBe('2028-02-29T23:59:00.000Z');
  });

  it.each(['2026-02-30', '2026-02-29 10:00', '2026-04-31T09:30', '2026-06-31T23:00+02:00', '2026-03-00'])(
    'rejects the day that does not exist, %j, instead of rolling it over into the next month',
    (text) => {
      expect(parseUtcDateTime(text)).toBeUndefined();
    },
  );

  it.each([
    '',
    'yesterday',
    '2026-3-10',
    '10/03/2026',
    '2026-03-10T09',
    '2026-03-10T9:30',
    '2026-03-10T09:30:15.1234',
    '2026-03-10T09:30+0100',
    '2026-03-10T09:30 UTC',
    '2026-13-01',
    '2026-03-10T25:00',
    '2026-03-10T09:60',
  ])('rejects %j', (text) => {
    expect(parseUtcDateTime(text)).toBeUndefined();
  });
});

describe('toTimeRange', () => {
  it.each([
    ['1h', HOUR],
    ['24h', 24 * HOUR],
    ['7d', 7 * 24 * HOUR],
    ['30d', 30 * 24 * HOUR],
  ])('reads preset %s as the executions started in the last %i ms', (range, ms) => {
    expect(toTimeRange({ range }, NOW)).toEqual({ ok: true, preset: range, startedFrom: new Date(NOW.getTime() - ms) });
  });

  it('offers the presets the form lists, with their labels', () => {
    expect(TIME_RANGE_PRESETS.map((p) => [p.id, p.label])).toEqual([
      ['1h', 'Last hour'],
      ['24h', 'Last 24 h'],
      ['7d', 'Last 7 days'],
      ['30d', 'Last 30 days'],
    ]);
  });

  it('ignores from and to when a preset is chosen', () => {
    expect(toTimeRange({ range: '1h', from: 'garbage', to: '2020-01-01' }, NOW)).toEqual({
      ok: true,
      preset: '1h',
      startedFrom: new Date(NOW.getTime() - HOUR),
    });
  });

  it('names the presets when the range is unknown', () => {
    expect(toTimeRange({ range: 'week' }, NOW)).toEqual({
      ok: false,
      message: 'Unknown time range "week": use 1h, 24h, 7d, 30d or custom.',
    });
  });

  it.each([{}, { range: '' }, { range: 'custom' }, { range: 'custom', from: '', to: '' }])(
    'is no window at all without a preset, from or to (%j)',
    (input) => {
      const range = toTimeRange(input, NOW);
      expect(range).toEqual({ ok: true });
      expect(range).not.toHaveProperty('preset');
    },
  );

  it.each([
    [{ range: 'custom', from: '2026-03-01 08:00', to: '2026-03-02' }, new Date('2026-03-01T08:00:00Z'), new Date('2026-03-02T00:00:00Z')],
    [{ from: '2026-03-01 08:00' }, new Date('2026-03-01T08:00:00Z'), undefined],
    [{ to: '2026-03-02T10:00+02:00' }, undefined, new Date('2026-03-02T08:00:00Z')],
  ])('reads a custom window from what is given (%j)', (input, startedFrom, startedTo) => {
    expect(toTimeRange(input, NOW)).toEqual({ ok: true, startedFrom, startedTo });
  });

  it.each([
    [{ from: 'last tuesday' }, '"From" is not a date and time: "last tuesday". Use YYYY-MM-DD HH:mm (UTC).'],
    [{ from: '2026-03-01', to: '03/02/2026' }, '"To" is not a date and time: "03/02/2026". Use YYYY-MM-DD HH:mm (UTC).'],
    [{ from: 'x', to: 'y' }, '"From" is not a date and time: "x". Use YYYY-MM-DD HH:mm (UTC).'],
    [{ from: '2026-02-30 08:00' }, '"From" is not a date and time: "2026-02-30 08:00". Use YYYY-MM-DD HH:mm (UTC).'],
    [{ from: '2026-04-01', to: '2026-04-31' }, '"To" is not a date and time: "2026-04-31". Use YYYY-MM-DD HH:mm (UTC).'],
    [{ from: '2026-03-02', to: '2026-03-01' }, '"From" must be before "To".'],
    [{ from: '2026-03-02 10:00', to: '2026-03-02T11:00+01:00' }, '"From" must be before "To".'],
  ])('names the field that is wrong (%j)', (input, message) => {
    expect(toTimeRange(input, NOW)).toEqual({ ok: false, message });
  });
});
