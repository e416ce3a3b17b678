import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXECUTION_STATUSES } from '@/lib/domain';
import { parseSearchUrl, searchHref, type SearchUrlState } from '@/lib/execution-index/query/search-url';

// Whatever the filters hold (unicode, '&', '=', '#', '%', '+', ARNs), the URL gives them back unchanged.
const value = fc
  .string({ minLength: 1, maxLength: 40, unit: 'grapheme' })
  .map((text) => text.trim())
  .filter((text) => text !== '');
const optional = fc.option(value, { nil: undefined });

const state: fc.Arbitrary<SearchUrlState> = fc
  .record({
    q: fc.oneof(fc.constant(''), value),
    machine: optional,
    statuses: fc.uniqueArray(fc.constantFrom(...EXECUTION_STATUSES), { maxLength: 6 }),
    error: optional,
    state: optional,
    from: optional,
    to: optional,
    cursor: optional,
  })
  .map((record) => {
    const clean: SearchUrlState = { q: record.q, statuses: record.statuses };
    for (const key of ['machine', 'error', 'state', 'from', 'to', 'cursor'] as const)
      if (record[key] !== undefined) clean[key] = record[key];
    return clean;
  });

describe('search URL', () => {
  it('round-trips every filter through searchHref and parseSearchUrl', () => {
    fc.assert(
      fc.property(state, (original) => {
        const href = searchHref(original);
        expect(href.startsWith('/search')).toBe(true);
        expect(parseSearchUrl(new URL(href, 'http://127.0.0.1').searchParams)).toEqual(original);
      }),
      { numRuns: 500 },
    );
  });

  it('reads the same state from URLSearchParams and from a Next.js searchParams record', () => {
    fc.assert(
      fc.property(state, (original) => {
        const params = new URL(searchHref(original), 'http://127.0.0.1').searchParams;
        const record = Object.fromEntries([...new Set(params.keys())].map((key) => [key, params.getAll(key)]));
        expect(parseSearchUrl(record)).toEqual(parseSearchUrl(params));
      }),
      { numRuns: 200 },
    );
  });

  it('serializes a parsed URL to the same address (a fixed point)', () => {
    fc.assert(
      fc.property(state, (original) => {
        const href = searchHref(original);
        expect(searchHref(parseSearchUrl(new URL(href, 'http://127.0.0.1').searchParams))).toBe(href);
      }),
      { numRuns: 200 },
    );
  });
});
