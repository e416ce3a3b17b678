import { describe, expect, it } from 'vitest';
import { decodeExecutionCursor, encodeExecutionCursor } from '@/lib/execution-index/sqlite/execution-cursor';

describe('execution cursors', () => {
  it('carry the sort key of the last execution of a page, opaque and URL-safe', () => {
    const last = { startedAtMs: 1_764_496_800_000, executionArn: 'arn:aws:states:us-east-1:1:execution:m:ü/ 1', source: 'http://x' };
    const cursor = encodeExecutionCursor(last);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeExecutionCursor(cursor)).toEqual(last);
  });

  it.each([
    '',
    'garbage!',
    Buffer.from('{}').toString('base64url'),
    Buffer.from('[1.5,"a","b"]').toString('base64url'),
    Buffer.from('[1,"a"]').toString('base64url'),
  ])('refuses %j', (cursor) => {
    expect(() => decodeExecutionCursor(cursor)).toThrow('The page cursor is not one this index gave out');
  });
});
