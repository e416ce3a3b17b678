import { describe, expect, it } from 'vitest';
import { readListQuery } from '@/app/state-machines/[arn]/_sections/read-list-query';

// The executions list's URL state: known values are kept (trimmed, the first of a repeated
// parameter), unknown ones dropped; the page size is always known, the default left out of links.

describe('readListQuery', () => {
  it('reads an empty query as the first page of everything, 50 rows, unsorted', () => {
    expect(readListQuery({})).toEqual({
      status: undefined,
      maxResults: undefined,
      pageSize: 50,
      nextToken: undefined,
      name: undefined,
      range: undefined,
      from: undefined,
      to: undefined,
      sort: undefined,
      dir: undefined,
    });
  });

  it('reads every parameter of a full query', () => {
    expect(
      readListQuery({
        status: 'FAILED',
        maxResults: '100',
        nextToken: 'eyJ0b2tlbiI6IjEifQ==',
        name: 'order-',
        range: 'custom',
        from: '2026-11-30T00:00',
        to: '2026-12-01T00:00',
        sort: 'duration',
        dir: 'asc',
      }),
    ).toEqual({
      status: 'FAILED',
      maxResults: 100,
      pageSize: 100,
      nextToken: 'eyJ0b2tlbiI6IjEifQ==',
      name: 'order-',
      range: 'custom',
      from: '2026-11-30T00:00',
      to: '2026-12-01T00:00',
      sort: 'duration',
      dir: 'asc',
    });
  });

  it.each([
    ['RUNNING', 'RUNNING'],
    ['failed', 'FAILED'],
    ['Timed_Out', 'TIMED_OUT'],
    [' aborted ', 'ABORTED'],
    ['pending_redrive', 'PENDING_REDRIVE'],
    ['DONE', undefined],
    ['TIMED OUT', undefined],
    ['', undefined],
  ])('reads status %j as %j (any case)', (status, expected) => {
    expect(readListQuery({ status }).status).toBe(expected);
  });

  it.each([
    [undefined, undefined, 50],
    ['50', undefined, 50],
    ['10', 10, 10],
    ['1000', 1000, 1000],
    ['1001', undefined, 50],
    ['0', undefined, 50],
    ['lots', undefined, 50],
  ])('reads maxResults %j as maxResults %j and a page of %d', (maxResults, kept, pageSize) => {
    const query = readListQuery({ maxResults });
    expect(query.maxResults).toBe(kept);
    expect(query.pageSize).toBe(pageSize);
  });

  it.each(['name', 'started', 'stopped', 'duration'] as const)('keeps sort key %s, descending unless dir=asc', (sort) => {
    expect(readListQuery({ sort })).toMatchObject({ sort, dir: 'desc' });
    expect(readListQuery({ sort, dir: 'asc' })).toMatchObject({ sort, dir: 'asc' });
    expect(readListQuery({ sort, dir: 'desc' })).toMatchObject({ sort, dir: 'desc' });
    expect(readListQuery({ sort, dir: 'upwards' })).toMatchObject({ sort, dir: 'desc' });
  });

  it.each(['Name', 'status', 'cost', 'bogus', ''])('drops unknown sort key %j, and with it any direction', (sort) => {
    for (const dir of [undefined, 'asc', 'desc']) {
      const query = readListQuery({ sort, dir });
      expect(query.sort).toBeUndefined();
      expect(query.dir).toBeUndefined();
    }
  });

  it('carries the charts’ window along, so paging or filtering the list leaves the charts as they were', () => {
    expect(readListQuery({ window: '7d', status: 'FAILED' })).toMatchObject({ window: '7d', status: 'FAILED' });
    expect(readListQuery({ windowFrom: '2026-11-01T00:00', windowTo: '2026-11-02T00:00' })).toMatchObject({
      windowFrom: '2026-11-01T00:00',
      windowTo: '2026-11-02T00:00',
    });
  });

  it('has no direction without a sort key, dir=asc included', () => {
    expect(readListQuery({ dir: 'desc' }).dir).toBeUndefined();
    expect(readListQuery({ dir: 'asc' }).dir).toBeUndefined();
  });

  it('takes the first of a repeated parameter, trimmed, and drops blank ones', () => {
    expect(
      readListQuery({ name: ['  order-1 ', 'order-2'], nextToken: ['', 'token'], range: '   ', status: ['succeeded', 'FAILED'] }),
    ).toMatchObject({
      name: 'order-1',
      nextToken: undefined,
      range: undefined,
      status: 'SUCCEEDED',
    });
  });

  it('passes the page token, name filter and range through unchanged apart from trimming', () => {
    const query = readListQuery({ nextToken: ' a+b/c= ', name: 'Ärger 100%', range: '24h', from: 'not a date', to: '2026-13-45' });
    expect(query).toMatchObject({ nextToken: 'a+b/c=', name: 'Ärger 100%', range: '24h', from: 'not a date', to: '2026-13-45' });
  });
});
