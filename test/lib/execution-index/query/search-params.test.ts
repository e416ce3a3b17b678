import { describe, expect, it } from 'vitest';
import { isSameQuery, readAllParams, readOneParam } from '@/lib/execution-index/query/search-params';

describe('search params', () => {
  it('reads repeats and the first non-blank value from both shapes', () => {
    expect(readAllParams(new URLSearchParams('a=1&a=2'), 'a')).toEqual(['1', '2']);
    expect(readAllParams({ a: ['1', '2'], b: '3' }, 'b')).toEqual(['3']);
    expect(readOneParam({ a: [' ', ' x '] }, 'a')).toBe('x');
    expect(readOneParam(new URLSearchParams('a='), 'a')).toBeUndefined();
  });

  it('never reads a name from Object.prototype', () => {
    expect(readAllParams({}, 'constructor')).toEqual([]);
  });
});

describe('isSameQuery', () => {
  it('compares the parameters in any order, and sees blank fields and repeats as different', () => {
    expect(isSameQuery({ status: 'FAILED', q: 'x' }, '/search?q=x&status=FAILED')).toBe(true);
    expect(isSameQuery(new URLSearchParams(''), '/search')).toBe(true);
    expect(isSameQuery({ q: 'x', machine: '' }, '/search?q=x')).toBe(false);
    expect(isSameQuery({ status: ['A', 'B'] }, '/search?status=A%2CB')).toBe(false);
  });
});
