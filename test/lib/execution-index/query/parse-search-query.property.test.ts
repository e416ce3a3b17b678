import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSearchQuery } from '@/lib/execution-index/query/parse-search-query';
import { SearchQueryError } from '@/lib/execution-index/query/search-query-error';

const NOW = new Date('2026-12-10T12:00:00Z');
const word = fc
  .stringMatching(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,11}$/)
  .filter((text) => !/^(machine|status|error|state|since|until)$/i.test(text));
const jsonValue = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.integer({ min: -1e6, max: 1e6 }),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }),
  fc.boolean(),
  fc.constant(null),
);
const name = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,8}$/);
const condition = fc.record({
  path: fc.array(name, { minLength: 1, maxLength: 3 }).map((names) => `$.${names.join('.')}`),
  operator: fc.constantFrom('=', '!=', '>', '>=', '<', '<='),
  value: jsonValue,
  spaced: fc.boolean(),
});

describe('parseSearchQuery over generated queries', () => {
  it('reads back every generated condition, in order, with its JSON value', () => {
    fc.assert(
      fc.property(fc.array(condition, { minLength: 1, maxLength: 4 }), fc.array(word, { maxLength: 3 }), (conditions, words) => {
        const typed = [
          ...conditions.map((c) =>
            c.spaced ? `${c.path} ${c.operator} ${JSON.stringify(c.value)}` : `${c.path}${c.operator}${JSON.stringify(c.value)}`,
          ),
          ...words,
        ].join(' ');
        const query = parseSearchQuery(typed, NOW);
        expect(query.fields).toEqual(
          conditions.map((c) => ({ path: c.path, operator: c.operator, value: JSON.parse(JSON.stringify(c.value)) as unknown })),
        );
        expect(query.text).toBe(words.length ? words.join(' ') : undefined);
      }),
      { numRuns: 300 },
    );
  });

  it('never fails with anything but a SearchQueryError whose column lies within the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (text) => {
        try {
          parseSearchQuery(text, NOW);
        } catch (error) {
          expect(error).toBeInstanceOf(SearchQueryError);
          const column = (error as SearchQueryError).column;
          expect(column).toBeGreaterThanOrEqual(1);
          expect(column).toBeLessThanOrEqual(text.length + 1);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('never fails on text made of the query language pieces', () => {
    const piece = fc.constantFrom(
      '$.a',
      '=',
      '"x y"',
      '>',
      '100',
      'status:',
      'failed',
      ',',
      'since:',
      '7d',
      'input:',
      '$',
      '[0]',
      '~',
      'exists',
      ' ',
      '"',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        try {
          parseSearchQuery(text, NOW);
        } catch (error) {
          expect(error).toBeInstanceOf(SearchQueryError);
          expect((error as SearchQueryError).message).toMatch(/^at column \d+: /);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
