import { describe, expect, it } from 'vitest';
import { findSearchUrlProblem } from '@/lib/execution-index/query/find-search-url-problem';
import { parseSearchUrl } from '@/lib/execution-index/query/search-url';

const NOW = new Date('2026-12-10T12:00:00Z');
const problem = (params: Record<string, string>) => findSearchUrlProblem(parseSearchUrl(params), NOW);

describe('findSearchUrlProblem', () => {
  it('finds nothing wrong with a readable search, machine names included', () => {
    expect(problem({ q: 'machine:orders $.amount > 100', status: 'FAILED', from: '7d' })).toBeUndefined();
    expect(problem({})).toBeUndefined();
  });

  it('names the query problem first, then the controls', () => {
    expect(problem({ q: '$.amount >', status: 'NOPE' })).toBe(
      'at column 11: expected a value after \'>\': a "string", a number, true, false or null',
    );
    expect(problem({ status: 'NOPE' })).toMatch(/^unknown status 'NOPE'/);
    expect(problem({ from: 'then' })).toMatch(/^from: 'then' is not a time/);
  });
});
