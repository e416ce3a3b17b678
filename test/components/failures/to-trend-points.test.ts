import { describe, expect, it } from 'vitest';
import { toTrendPoints } from '@/components/failures/to-trend-points';

describe('toTrendPoints', () => {
  it('labels hourly buckets by time and daily ones by date', () => {
    const hourly = [0, 1].map((h) => ({ start: new Date(Date.UTC(2026, 11, 1, h)), count: h }));
    expect(toTrendPoints(hourly)).toEqual([
      { label: '00:00', start: '2026-12-01T00:00:00.000Z', count: 0 },
      { label: '01:00', start: '2026-12-01T01:00:00.000Z', count: 1 },
    ]);
    const daily = [1, 2].map((d) => ({ start: new Date(Date.UTC(2026, 11, d)), count: 3 }));
    expect(toTrendPoints(daily).map((point) => point.label)).toEqual(['12-01', '12-02']);
    expect(toTrendPoints([])).toEqual([]);
  });
});
