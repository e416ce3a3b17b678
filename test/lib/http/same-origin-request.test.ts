import { describe, expect, it } from 'vitest';
import { judgeRequestOrigin, originHeadersOf } from '@/lib/http/same-origin-request';

const from = (host: string | null, origin: string | null, secFetchSite: string | null = null) =>
  judgeRequestOrigin({ host, origin, secFetchSite });

describe('judgeRequestOrigin', () => {
  it('allows a POST from the dashboard page to the dashboard itself', () => {
    expect(from('127.0.0.1:3000', 'http://127.0.0.1:3000')).toEqual({ allowed: true });
    expect(from('localhost:3000', 'http://LOCALHOST:3000')).toEqual({ allowed: true });
    expect(from('[::1]:3000', 'http://[::1]:3000')).toEqual({ allowed: true });
  });

  it('refuses another web page posting to the dashboard, naming it', () => {
    const verdict = from('127.0.0.1:3000', 'https://evil.example');
    expect(verdict).toEqual({ allowed: false, reason: expect.stringContaining('https://evil.example') });
    expect(from('127.0.0.1:3000', 'http://127.0.0.1:4000').allowed).toBe(false);
    expect(from('127.0.0.1:3000', 'null').allowed).toBe(false);
    expect(from('127.0.0.1:3000', 'file:///tmp/x.html').allowed).toBe(false);
  });

  it('refuses a rebound DNS name even when Origin and Host agree', () => {
    const verdict = from('rebind.example:3000', 'http://rebind.example:3000');
    expect(verdict).toEqual({ allowed: false, reason: expect.stringContaining('not the dashboard') });
    expect(judgeRequestOrigin({ host: 'box.lan:3000', origin: 'http://box.lan:3000', secFetchSite: null }, ['box.lan'])).toEqual({
      allowed: true,
    });
  });

  it('falls back to Sec-Fetch-Site only when Origin is missing', () => {
    expect(from('127.0.0.1:3000', null, 'same-origin')).toEqual({ allowed: true });
    expect(from('127.0.0.1:3000', null, 'cross-site').allowed).toBe(false);
    expect(from('127.0.0.1:3000', null).allowed).toBe(false);
    expect(from(null, 'http://127.0.0.1:3000').allowed).toBe(false);
  });

  it('reads the three headers from a Fetch request', () => {
    const request = new Request('http://127.0.0.1:3000/x', {
      method: 'POST',
      headers: { origin: 'http://127.0.0.1:3000', 'sec-fetch-site': 'same-origin' },
    });
    expect(originHeadersOf(request)).toEqual({ host: null, origin: 'http://127.0.0.1:3000', secFetchSite: 'same-origin' });
  });
});
