import { describe, expect, it } from 'vitest';
import { parseWindowParams, toWindowSearchParams } from '@/lib/metrics/parse-window-params';

const NOW = new Date('2026-12-04T12:00:00Z');

describe('parseWindowParams', () => {
  it('defaults to the last 24 h when the address says nothing', () => {
    expect(parseWindowParams(new URLSearchParams(''), NOW)).toEqual({ ok: true, spec: { preset: '24h' } });
  });

  it.each(['1h', '24h', '7d', '30d'] as const)('reads the preset window=%s', (preset) => {
    expect(parseWindowParams({ window: preset }, NOW)).toEqual({ ok: true, spec: { preset } });
  });

  it('reads a custom range from from and to, with or without window=custom', () => {
    const expected = { ok: true, spec: { from: new Date('2026-12-01T08:00:00Z'), to: new Date('2026-12-02T08:00:00Z') } };
    expect(parseWindowParams(new URLSearchParams('from=2026-12-01T08:00Z&to=2026-12-02T08:00:00Z'), NOW)).toEqual(expected);
    expect(parseWindowParams({ window: 'custom', from: '2026-12-01T08:00', to: '2026-12-02T08:00' }, NOW)).toEqual(expected);
    expect(parseWindowParams({ from: '1796112000', to: '1796198400000' }, NOW)).toEqual(expected);
  });

  it('reads a date alone as midnight UTC and a missing to as now', () => {
    expect(parseWindowParams({ from: '2026-12-03' }, NOW)).toEqual({ ok: true, spec: { from: new Date('2026-12-03T00:00:00Z'), to: NOW } });
  });

  it('takes the first of repeated parameters, as Next passes them', () => {
    expect(parseWindowParams({ window: ['7d', '1h'] }, NOW)).toEqual({ ok: true, spec: { preset: '7d' } });
  });

  it.each([
    [{ window: '2d' }, 'window', 'Unknown window "2d": use one of 1h, 24h, 7d, 30d, or from and to.'],
    [{ window: '7d', from: '2026-12-01' }, 'window', 'window=7d cannot be combined with from and to: use one or the other.'],
    [{ window: 'custom' }, 'from', 'A custom window needs from and to.'],
    [{ to: '2026-12-01' }, 'from', 'A custom window needs from as well as to.'],
    [
      { from: 'yesterday' },
      'from',
      'from "yesterday" is not a time: use an ISO 8601 time such as 2026-12-01T08:00Z (or epoch seconds or milliseconds).',
    ],
    [
      { from: '2026-12-01', to: '2026-13-45' },
      'to',
      'to "2026-13-45" is not a time: use an ISO 8601 time such as 2026-12-01T08:00Z (or epoch seconds or milliseconds).',
    ],
    [{ from: '2026-12-02', to: '2026-12-01' }, 'to', 'to (2026-12-01T00:00:00.000Z) must be after from (2026-12-02T00:00:00.000Z).'],
    [{ from: '2026-12-02', to: '2026-12-02' }, 'to', 'to (2026-12-02T00:00:00.000Z) must be after from (2026-12-02T00:00:00.000Z).'],
    [
      { from: '2026-12-04T11:00Z', to: '2026-12-04T12:01:01Z' },
      'to',
      'to (2026-12-04T12:01:01.000Z) is in the future; the latest allowed is now (2026-12-04T12:00:00.000Z).',
    ],
    [
      { from: '2025-09-04T11:59Z', to: '2026-12-01' },
      'from',
      'from (2025-09-04T11:59:00.000Z) is more than 455 days ago: CloudWatch keeps metrics for 455 days.',
    ],
  ])('refuses %j naming the parameter', (params, param, message) => {
    expect(parseWindowParams(params, NOW)).toEqual({ ok: false, problem: { param, message } });
  });

  it('accepts an end up to a minute ahead of now (clocks differ) and a start exactly 455 days back', () => {
    const result = parseWindowParams({ from: '2025-09-05T12:00Z', to: '2026-12-04T12:01Z' }, NOW);
    expect(result.ok).toBe(true);
  });
});

describe('toWindowSearchParams', () => {
  it('writes back what the parser reads', () => {
    for (const spec of [{ preset: '30d' as const }, { from: new Date('2026-12-01T08:00:00Z'), to: new Date('2026-12-02T09:30:00Z') }]) {
      expect(parseWindowParams(toWindowSearchParams(spec), NOW)).toEqual({ ok: true, spec });
    }
  });
});
