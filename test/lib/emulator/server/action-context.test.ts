import { describe, expect, it } from 'vitest';
import { RawJson, toEpochSeconds } from '@/lib/emulator/server/action-context';

describe('toEpochSeconds', () => {
  it.each([
    [0, 0],
    [1_700_000_000_000, 1_700_000_000],
    [1_700_000_000_123, 1_700_000_000.123],
    [1, 0.001],
  ])('writes %d ms as %d epoch seconds, keeping the milliseconds as a fraction', (ms, seconds) => {
    expect(toEpochSeconds(ms)).toBe(seconds);
  });
});

describe('RawJson', () => {
  it('carries JSON text unchanged', () => {
    expect(new RawJson('{"events":[]}').text).toBe('{"events":[]}');
  });
});
