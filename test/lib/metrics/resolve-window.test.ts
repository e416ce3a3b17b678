import { describe, expect, it } from 'vitest';
import { resolveWindow } from '@/lib/metrics/resolve-window';

const NOW = new Date('2026-12-04T12:00:00Z');

describe('resolveWindow', () => {
  it('ends a preset at now and starts it its length before', () => {
    expect(resolveWindow({ preset: '7d' }, NOW)).toEqual({
      start: new Date('2026-11-27T12:00:00Z'),
      end: NOW,
      preset: '7d',
      label: 'Last 7 d',
    });
  });

  it('keeps a custom range and labels it in UTC', () => {
    const window = resolveWindow({ from: new Date('2026-12-01T08:00:00Z'), to: new Date('2026-12-02T09:30:00Z') }, NOW);
    expect(window).toEqual({
      start: new Date('2026-12-01T08:00:00Z'),
      end: new Date('2026-12-02T09:30:00Z'),
      label: '2026-12-01 08:00 UTC – 2026-12-02 09:30 UTC',
    });
  });

  it('clamps a custom end just past now to now', () => {
    expect(resolveWindow({ from: new Date('2026-12-04T11:00:00Z'), to: new Date('2026-12-04T12:00:30Z') }, NOW).end).toEqual(NOW);
  });
});
