import { describe, expect, it } from 'vitest';
import { readOverviewQuery } from '@/app/_sections/read-overview-query';

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
