import { describe, expect, it } from 'vitest';
import { failuresHref, parseFailuresUrl, toFailureGroupQuery } from '@/lib/execution-index/query/failures-url';

const NOW = new Date('2026-12-10T12:00:00Z');
const ARN = 'arn:aws:states:us-east-1:123456789012:stateMachine:order-workflow';

describe('failures URL', () => {
  it('defaults to the last 7 days and leaves the default out of links', () => {
    expect(parseFailuresUrl({})).toEqual({ window: '7d' });
    expect(failuresHref({ window: '7d' })).toBe('/failures');
    expect(failuresHref({ window: '24h', machine: ARN })).toBe(`/failures?window=24h&machine=${encodeURIComponent(ARN)}`);
  });

  it('reads a from or to as a custom window, whatever window was also sent', () => {
    expect(parseFailuresUrl({ window: '30d', from: '2026-12-01' })).toEqual({ window: 'custom', from: '2026-12-01' });
    expect(parseFailuresUrl({ window: '30d', from: '', to: '' })).toEqual({ window: '30d' });
    expect(parseFailuresUrl({ from: '2026-12-01' })).toEqual({ window: 'custom', from: '2026-12-01' });
    expect(failuresHref({ window: 'custom', from: '2026-12-01', to: '2026-12-05' })).toBe(
      '/failures?window=custom&from=2026-12-01&to=2026-12-05',
    );
  });

  it('round-trips what it writes', () => {
    for (const state of [{ window: '24h' as const }, { window: 'custom' as const, from: '48h', to: '2026-12-10T00:00Z', machine: ARN }]) {
      expect(parseFailuresUrl(new URL(failuresHref(state), 'http://127.0.0.1').searchParams)).toEqual(state);
    }
  });

  it('turns a window into dates and trend buckets', () => {
    expect(toFailureGroupQuery({ window: '24h', machine: ARN }, NOW)).toEqual({
      query: { stateMachineArns: [ARN], from: new Date('2026-12-09T12:00:00Z'), to: NOW, buckets: 24, samples: 5 },
    });
    expect(toFailureGroupQuery({ window: '30d' }, NOW)).toMatchObject({ query: { buckets: 30, from: new Date('2026-11-10T12:00:00Z') } });
    expect(toFailureGroupQuery({ window: 'custom', from: '2026-12-01', to: '2026-12-03' }, NOW)).toMatchObject({
      query: { from: new Date('2026-12-01T00:00:00Z'), to: new Date('2026-12-03T00:00:00Z'), buckets: 24 },
    });
  });

  it('says what is wrong with a window', () => {
    expect(toFailureGroupQuery(parseFailuresUrl({ window: '1y' }), NOW)).toEqual({
      error: "window: '1y' is not one of 24h, 7d, 30d, custom",
    });
    expect(toFailureGroupQuery({ window: 'custom' }, NOW)).toEqual({ error: 'a custom window needs a start (from)' });
    expect(toFailureGroupQuery({ window: 'custom', from: 'x' }, NOW)).toMatchObject({
      error: expect.stringMatching(/^from: 'x' is not a time/) as unknown,
    });
    expect(toFailureGroupQuery({ window: 'custom', from: '1d', to: '2d' }, NOW)).toEqual({
      error: 'from: the start must be earlier than the end',
    });
    expect(toFailureGroupQuery({ window: '7d', machine: 'orders' }, NOW)).toEqual({
      error: "machine: 'orders' is not a state machine ARN",
    });
  });
});
