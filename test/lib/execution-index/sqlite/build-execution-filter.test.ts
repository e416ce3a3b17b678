import { describe, expect, it } from 'vitest';
import { buildExecutionFilter } from '@/lib/execution-index/sqlite/build-execution-filter';
import type { ExecutionStatus } from '@/lib/domain';

describe('buildExecutionFilter', () => {
  it('has no condition for an empty query or empty lists', () => {
    expect(buildExecutionFilter({})).toEqual({ where: '1', params: [], fts: undefined });
    expect(buildExecutionFilter({ statuses: [], errors: [], text: ' * ' })).toEqual({ where: '1', params: [], fts: undefined });
  });

  it('binds every value, never splices it into the SQL', () => {
    const hostile = "x') OR 1=1 --";
    const filter = buildExecutionFilter({
      source: hostile,
      stateMachineArns: [hostile],
      errors: [hostile],
      text: hostile,
      fields: [{ path: '$.a', operator: 'contains', value: hostile }],
    });
    expect(filter.where).not.toContain(hostile);
    expect(filter.params).toContain(hostile);
    expect(filter.params).toContain("%x') OR 1=1 --%");
    expect(filter.fts).toBe(`"x')" "OR" "1=1"`);
  });

  it('matches a field at the path json_tree writes, in the payload asked for', () => {
    const filter = buildExecutionFilter({ fields: [{ path: "$['order_id']", operator: '>', value: 3, payload: 'output' }] });
    expect(filter.params).toEqual(['$."order_id"', 3]);
    expect(filter.where).toContain('AND payload = 1');
  });

  it('escapes LIKE wildcards for contains', () => {
    expect(buildExecutionFilter({ fields: [{ path: '$.a', operator: 'contains', value: '50%_a\\b' }] }).params).toEqual([
      '$.a',
      '%50\\%\\_a\\\\b%',
    ]);
  });

  it.each([
    [{ statuses: ['DONE' as ExecutionStatus] }, 'Unknown status "DONE"'],
    [{ from: new Date('nope') }, "The search's from is not a valid date."],
    [{ fields: [{ path: '$.a', operator: '>' as const, value: Number.POSITIVE_INFINITY }] }, 'the number must be finite'],
    [
      { fields: [{ path: '$.a', operator: '=' as const, value: {} as unknown as string }] },
      'the value must be a string, a number, true, false or null',
    ],
  ])('refuses %j', (query, message) => {
    expect(() => buildExecutionFilter(query)).toThrow(message);
  });
});
