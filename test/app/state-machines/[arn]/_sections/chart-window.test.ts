import { describe, expect, it } from 'vitest';
import {
  bucketExecutionsHref,
  parseChartWindow,
  readChartWindowQuery,
  stateMachinePageHref,
  withoutChartWindow,
} from '@/app/state-machines/[arn]/_sections/chart-window';

const ARN = 'arn:aws:states:us-east-1:123456789012:stateMachine:orders';
const NOW = new Date('2026-12-04T12:00Z');

describe('the state machine page chart window', () => {
  it('reads its own parameters, apart from the list’s range, from and to', () => {
    expect(readChartWindowQuery({ window: '7d', from: '2026-01-01', windowFrom: undefined })).toEqual({
      window: '7d',
      windowFrom: undefined,
      windowTo: undefined,
    });
  });

  it('parses presets and custom ranges, and names this page’s parameter in a refusal', () => {
    expect(parseChartWindow({ window: '30d' }, NOW)).toEqual({ ok: true, spec: { preset: '30d' } });
    expect(parseChartWindow({}, NOW)).toEqual({ ok: true, spec: { preset: '24h' } });
    const custom = parseChartWindow({ window: 'custom', windowFrom: '2026-12-01T00:00', windowTo: '2026-12-02T00:00' }, NOW);
    expect(custom).toEqual({ ok: true, spec: { from: new Date('2026-12-01T00:00Z'), to: new Date('2026-12-02T00:00Z') } });
    const bad = parseChartWindow({ window: 'custom', windowFrom: 'yesterday' }, NOW);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problem.message).toMatch(/^windowFrom "yesterday" is not a time/);
    const unknown = parseChartWindow({ window: '2y' }, NOW);
    if (!unknown.ok) expect(unknown.problem.message).toContain('Unknown window "2y"');
  });

  it('keeps the list state and the chart window in one address', () => {
    expect(stateMachinePageHref(ARN, { status: 'FAILED' }, { window: '7d' })).toBe(
      `/state-machines/${encodeURIComponent(ARN)}?window=7d&status=FAILED`,
    );
    expect(stateMachinePageHref(ARN, {}, {})).toBe(`/state-machines/${encodeURIComponent(ARN)}`);
  });

  it('replaces the window the list carried along by the chart’s, never writing two', () => {
    const href = stateMachinePageHref(ARN, { status: 'FAILED', window: '30d', windowFrom: 'a' }, { window: '1h' });
    const url = new URL(href, 'http://localhost');
    expect(url.searchParams.getAll('window')).toEqual(['1h']);
    expect(url.searchParams.has('windowFrom')).toBe(false);
    expect(withoutChartWindow({ status: 'FAILED', window: '30d', windowTo: 'b' })).toEqual({ status: 'FAILED' });
  });

  it('sends a bar to the executions started in its period, [start, end), keeping the chart as it was', () => {
    const href = bucketExecutionsHref(ARN, { start: new Date('2026-12-04T08:00Z'), end: new Date('2026-12-04T09:00Z') }, { window: '24h' });
    const url = new URL(href, 'http://localhost');
    expect(url.searchParams.get('range')).toBe('custom');
    expect(url.searchParams.get('from')).toBe('2026-12-04T08:00:00.000Z');
    expect(url.searchParams.get('to')).toBe('2026-12-04T09:00:00.000Z');
    expect(url.searchParams.get('window')).toBe('24h');
    expect(url.hash).toBe('#executions');
  });
});
