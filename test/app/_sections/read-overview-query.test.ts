import { describe, expect, it } from 'vitest';
import { readOverviewQuery, readRefreshIntervalMs } from '@/app/_sections/read-overview-query';

describe('readOverviewQuery', () => {
  it('reads window, filter, sort, direction and page', () => {
    expect(readOverviewQuery({ window: '7d', q: ' orders ', sort: 'p99', dir: 'asc', page: '4' })).toEqual({
      window: '7d',
      from: undefined,
      to: undefined,
      q: 'orders',
      sort: 'p99',
      dir: 'asc',
      page: 4,
    });
  });

  it('sorts numbers highest first and names A→Z unless told, and drops what it does not know', () => {
    expect(readOverviewQuery({ sort: 'failures' }).dir).toBe('desc');
    expect(readOverviewQuery({ sort: 'name' }).dir).toBe('asc');
    const junk = readOverviewQuery({ sort: 'chaos', dir: 'sideways', page: '-2' });
    expect([junk.sort, junk.dir, junk.page]).toEqual([undefined, undefined, undefined]);
    expect(readOverviewQuery({ page: '0' }).page).toBeUndefined();
    expect(readOverviewQuery({ page: ['2', '3'] }).page).toBe(2);
  });
});

describe('readRefreshIntervalMs', () => {
  it('takes 5 to 3,600 seconds from ?refresh and falls back to 30 s', () => {
    expect(readRefreshIntervalMs({ refresh: '10' })).toBe(10_000);
    expect(readRefreshIntervalMs({})).toBe(30_000);
    expect(readRefreshIntervalMs({ refresh: '1' })).toBe(30_000);
    expect(readRefreshIntervalMs({ refresh: 'soon' })).toBe(30_000);
  });
});
