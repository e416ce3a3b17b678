import { describe, expect, it } from 'vitest';
import { indexStalenessMs } from '@/lib/services/execution-counts/count-sources';

describe('indexStalenessMs', () => {
  it('lets the index lag two sync intervals: 2 minutes at the default 60 s', () => {
    expect(indexStalenessMs({})).toBe(120_000);
  });

  it('follows the interval the dashboard was started with (serve --sync-interval 300: 10 minutes)', () => {
    expect(indexStalenessMs({ STATESCOPE_SYNC_INTERVAL: '300' })).toBe(600_000);
  });

  it('ignores an interval that is not a positive number', () => {
    for (const value of ['', '0', '-5', 'soon']) expect(indexStalenessMs({ STATESCOPE_SYNC_INTERVAL: value })).toBe(120_000);
  });
});
