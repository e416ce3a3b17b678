import { describe, expect, it } from 'vitest';
import { ExecutionQueryError, isExecutionQueryError } from '@/lib/execution-index/execution-query-error';

describe('ExecutionQueryError', () => {
  it('is recognised by class, or by name when it comes from another copy of the module', () => {
    expect(isExecutionQueryError(new ExecutionQueryError('bad'))).toBe(true);
    expect(isExecutionQueryError(Object.assign(new Error('bad'), { name: 'ExecutionQueryError' }))).toBe(true);
    expect(isExecutionQueryError(new Error('bad'))).toBe(false);
    expect(isExecutionQueryError('ExecutionQueryError')).toBe(false);
  });
});
