import { describe, expect, it } from 'vitest';
import { decodeChildPageCursor, encodeChildPageCursor } from '@/lib/map-runs/child-page-cursor';

describe('child page cursor', () => {
  it('round-trips a status with a token holding dots and slashes', () => {
    const cursor = { status: 'FAILED', token: 'a.b/c==' };
    expect(encodeChildPageCursor(cursor)).toBe('FAILED.a.b/c==');
    expect(decodeChildPageCursor(encodeChildPageCursor(cursor), ['FAILED', 'SUCCEEDED'])).toEqual(cursor);
  });

  it('round-trips a status read from its first page', () => {
    expect(encodeChildPageCursor({ status: 'SUCCEEDED' })).toBe('SUCCEEDED');
    expect(decodeChildPageCursor('SUCCEEDED', ['FAILED', 'SUCCEEDED'])).toEqual({ status: 'SUCCEEDED' });
  });

  it('ignores a cursor for a status the view does not walk, or none', () => {
    expect(decodeChildPageCursor('RUNNING.x', ['FAILED'])).toBeUndefined();
    expect(decodeChildPageCursor(undefined, ['FAILED'])).toBeUndefined();
  });
});
