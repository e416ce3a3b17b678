import { describe, expect, it } from 'vitest';
import { executionsListHref, withoutPage, type ExecutionsListQuery } from '@/components/executions/executions-list-query';

// The executions list's links: one encoded path segment for the ARN, then the filters in a fixed
// order, empty ones left out, so the same list always has the same URL.

const ARN = 'arn:aws:states:us-east-1:123456789012:stateMachine:order-workflow';
const PATH = '/state-machines/arn%3Aaws%3Astates%3Aus-east-1%3A123456789012%3AstateMachine%3Aorder-workflow';

describe('executionsListHref', () => {
  it('links the unfiltered list with no query', () => {
    expect(executionsListHref(ARN)).toBe(PATH);
    expect(executionsListHref(ARN, {})).toBe(PATH);
  });

  it('writes every filter in the same order, whatever order the query object has', () => {
    const query: ExecutionsListQuery = {
      nextToken: 'tok',
      maxResults: 100,
      dir: 'asc',
      sort: 'duration',
      to: '2026-12-01T00:00',
      from: '2026-11-30T00:00',
      range: 'custom',
      name: 'order',
      status: 'FAILED',
    };
    expect(executionsListHref(ARN, query)).toBe(
      `${PATH}?status=FAILED&name=order&range=custom&from=2026-11-30T00%3A00&to=2026-12-01T00%3A00&sort=duration&dir=asc&maxResults=100&nextToken=tok`,
    );
  });

  it('keeps the charts’ window in every link of the list, first', () => {
    expect(executionsListHref('m', { status: 'FAILED', window: '30d', nextToken: 't' })).toBe(
      '/state-machines/m?window=30d&status=FAILED&nextToken=t',
    );
    expect(executionsListHref('m', withoutPage({ windowFrom: 'a', windowTo: 'b', nextToken: 't' }))).toBe(
      '/state-machines/m?windowFrom=a&windowTo=b',
    );
  });

  it.each<[ExecutionsListQuery, string]>([
    [{ status: undefined, name: '' }, ''],
    [{ name: 'a b&c=d' }, '?name=a+b%26c%3Dd'],
    [{ nextToken: 'a+b/c==' }, '?nextToken=a%2Bb%2Fc%3D%3D'],
    [{ maxResults: 0 }, '?maxResults=0'],
    [{ range: '24h', nextToken: '' }, '?range=24h'],
  ])('writes %j as %j, leaving out empty values', (query, search) => {
    expect(executionsListHref('m', query)).toBe(`/state-machines/m${search}`);
  });

  it('gives every value back through URLSearchParams', () => {
    const query = { status: 'TIMED_OUT', name: 'Ärger 100% /x', nextToken: 'a+b/c==', maxResults: 7 } as const;
    const params = new URL(executionsListHref(ARN, query), 'http://x').searchParams;
    expect(Object.fromEntries(params)).toEqual({ status: 'TIMED_OUT', name: 'Ärger 100% /x', nextToken: 'a+b/c==', maxResults: '7' });
  });
});

describe('withoutPage', () => {
  it('drops the page token and keeps every filter, the page size included', () => {
    const query: ExecutionsListQuery = {
      status: 'FAILED',
      name: 'x',
      range: '7d',
      sort: 'started',
      dir: 'desc',
      maxResults: 20,
      nextToken: 'page-2',
    };
    const first = withoutPage(query);
    expect(first).toEqual({ status: 'FAILED', name: 'x', range: '7d', sort: 'started', dir: 'desc', maxResults: 20, nextToken: undefined });
    expect(executionsListHref('m', first)).toBe('/state-machines/m?status=FAILED&name=x&range=7d&sort=started&dir=desc&maxResults=20');
  });

  it('leaves the query it was given unchanged', () => {
    const query: ExecutionsListQuery = { nextToken: 'page-2' };
    withoutPage(query);
    expect(query).toEqual({ nextToken: 'page-2' });
  });
});
