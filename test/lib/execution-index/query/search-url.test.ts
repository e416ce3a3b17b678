import { describe, expect, it } from 'vitest';
import { hasSearchCriteria, parseSearchUrl, searchHref, toSearchQuery } from '@/lib/execution-index/query/search-url';

const NOW = new Date('2026-12-10T12:00:00Z');
const ORDERS = 'arn:aws:states:us-east-1:123456789012:stateMachine:order-workflow';
const BILLING = 'arn:aws:states:us-east-1:123456789012:stateMachine:billing';
const MACHINES = [
  { name: 'order-workflow', arn: ORDERS },
  { name: 'billing', arn: BILLING },
];
const build = (params: Record<string, string | string[]>) =>
  toSearchQuery(parseSearchUrl(params), { now: NOW, machines: MACHINES, limit: 25 });

describe('search URL state', () => {
  it('reads repeated and comma-separated statuses, in any case, once each', () => {
    expect(parseSearchUrl({ status: ['failed', 'TIMED-OUT,failed'] }).statuses).toEqual(['FAILED', 'TIMED_OUT']);
  });

  it('writes the filters in a fixed order and leaves empty ones out', () => {
    expect(searchHref({ q: ' ORD-1 ', statuses: ['FAILED', 'ABORTED'], machine: ORDERS, cursor: 'c1', from: '7d', error: '' })).toBe(
      `/search?q=ORD-1&machine=${encodeURIComponent(ORDERS)}&status=FAILED%2CABORTED&from=7d&cursor=c1`,
    );
    expect(searchHref({})).toBe('/search');
  });

  it('knows when a URL asks for nothing yet', () => {
    expect(hasSearchCriteria(parseSearchUrl({}))).toBe(false);
    expect(hasSearchCriteria(parseSearchUrl({ cursor: 'x' }))).toBe(false);
    expect(hasSearchCriteria(parseSearchUrl({ from: '24h' }))).toBe(true);
  });
});

describe('toSearchQuery', () => {
  it('combines the typed query with the controls, resolving machine names', () => {
    expect(build({ q: 'machine:order-workflow $.amount > 100 declined', status: 'FAILED', from: '7d', cursor: 'next' })).toEqual({
      matchesNothing: false,
      query: {
        text: 'declined',
        fields: [{ path: '$.amount', operator: '>', value: 100 }],
        stateMachineArns: [ORDERS],
        statuses: ['FAILED'],
        from: new Date('2026-12-03T12:00:00Z'),
        cursor: 'next',
        limit: 25,
      },
    });
  });

  it('keeps only what both the text and a control allow, and says when nothing can match', () => {
    expect(build({ q: 'status:failed,aborted', status: 'FAILED' })).toMatchObject({
      matchesNothing: false,
      query: { statuses: ['FAILED'] },
    });
    expect(build({ q: 'machine:billing', machine: ORDERS })).toMatchObject({ matchesNothing: true });
    expect(build({ q: 'error:A', error: 'B' })).toMatchObject({ matchesNothing: true });
    expect(build({ q: 'since:2d', from: '1d' })).toMatchObject({ query: { from: new Date('2026-12-09T12:00:00Z') } });
  });

  it('returns the problem and its field instead of throwing', () => {
    expect(build({ q: '$.amount >' })).toEqual({
      field: 'q',
      error: 'at column 11: expected a value after \'>\': a "string", a number, true, false or null',
    });
    expect(build({ q: 'machine:nope' })).toEqual({
      field: 'q',
      error: 'machine:nope names no known state machine: give its ARN or a name from the list',
    });
    expect(build({ status: 'DONE' })).toEqual({
      field: 'status',
      error: "unknown status 'DONE': expected RUNNING, SUCCEEDED, FAILED, TIMED_OUT, ABORTED, PENDING_REDRIVE",
    });
    expect(build({ machine: 'order-workflow' })).toEqual({
      field: 'machine',
      error: "machine: 'order-workflow' is not a state machine ARN",
    });
    expect(build({ to: 'soon' })).toMatchObject({ field: 'to', error: expect.stringMatching(/^to: 'soon' is not a time/) as unknown });
    expect(build({ from: '1d', to: '2d' })).toEqual({ field: 'from', error: "from: the start must be earlier than 'to'" });
  });
});
