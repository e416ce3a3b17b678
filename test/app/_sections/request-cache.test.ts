import { describe, expect, it } from 'vitest';
import { inRouteRequest, requestCache, withRequestCache } from '@/app/_sections/request-cache';

function countingRead() {
  const calls: string[] = [];
  const read = requestCache(async (arn: string, page?: string) => {
    calls.push(`${arn}:${page ?? ''}`);
    return calls.length;
  });
  return { calls, read };
}

describe('requestCache', () => {
  it('reads once per route request and arguments, and again in the next request', async () => {
    const { calls, read } = countingRead();
    await inRouteRequest(async () => {
      expect(await read('a')).toBe(1);
      expect(await read('a')).toBe(1);
      expect(await read('a', 'token')).toBe(2);
      expect(await read('b')).toBe(3);
    });
    await inRouteRequest(async () => expect(await read('a')).toBe(4));
    expect(calls).toEqual(['a:', 'a:token', 'b:', 'a:']);
  });

  it('keeps nothing outside a request (a script, a test)', async () => {
    const { calls, read } = countingRead();
    await read('a');
    await read('a');
    expect(calls).toHaveLength(2);
  });

  it('gives a wrapped route handler one request cache per call', async () => {
    const { calls, read } = countingRead();
    const GET = withRequestCache(async (arn: string) => {
      await read(arn);
      await read(arn);
      return new Response(String(calls.length));
    });
    expect(await (await GET('a')).text()).toBe('1');
    expect(await (await GET('a')).text()).toBe('2');
  });
});
