import { describe, expect, it } from 'vitest';
import { isSearchQueryError, SearchQueryError } from '@/lib/execution-index/query/search-query-error';

describe('SearchQueryError', () => {
  it('puts the column first in its message and is recognised', () => {
    const error = new SearchQueryError(12, "expected a value after '>'");
    expect(error.message).toBe("at column 12: expected a value after '>'");
    expect(isSearchQueryError(error)).toBe(true);
    expect(isSearchQueryError(new Error('x'))).toBe(false);
  });
});
