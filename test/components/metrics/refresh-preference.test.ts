import { describe, expect, it } from 'vitest';
import { formatRefreshInterval, isRefreshPaused } from '@/components/metrics/refresh-preference';

describe('isRefreshPaused', () => {
  it("follows the user's stored choice whatever the motion preference", () => {
    expect(isRefreshPaused('true', false)).toBe(true);
    expect(isRefreshPaused('false', true)).toBe(false);
  });

  it('starts paused without a stored choice only for a reader who asked for reduced motion', () => {
    expect(isRefreshPaused(null, true)).toBe(true);
    expect(isRefreshPaused(null, false)).toBe(false);
    expect(isRefreshPaused('garbage', false)).toBe(false);
  });
});

describe('formatRefreshInterval', () => {
  it('names seconds and whole minutes', () => {
    expect(formatRefreshInterval(30_000)).toBe('30 s');
    expect(formatRefreshInterval(120_000)).toBe('2 min');
    expect(formatRefreshInterval(90_000)).toBe('90 s');
  });
});
