import { describe, expect, it } from 'vitest';
import { readAllParams, readOneParam } from '@/lib/execution-index/query/search-params';

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
