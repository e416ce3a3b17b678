import { describe, expect, it, vi } from 'vitest';
import { StateFailure } from '@/lib/emulator/engine/execution-errors';
import { checkPayloadSize, MAX_PAYLOAD_BYTES, payloadBytes, toJsonText } from '@/lib/emulator/engine/payload';

describe('toJsonText', () => {
  it('writes compact JSON as AWS does, undefined as null', () => {
    expect(toJsonText({ b: [1, 'x'], a: { c: 1.5, d: 1e21 } })).toBe('{"b":[1,"x"],"a":{"c":1.5,"d":1.0E21}}');
    expect(toJsonText(undefined)).toBe('null');
    expect(toJsonText(null)).toBe('null');
    expect(toJsonText('s')).toBe('"s"');
  });
});

describe('MAX_PAYLOAD_BYTES', () => {
  it('is AWS’s 256 KiB quota', () => {
    expect(MAX_PAYLOAD_BYTES).toBe(256 * 1024);
  });
});

describe('payloadBytes', () => {
  it('counts UTF-8 bytes once a text could exceed the quota', () => {
    const third = Math.ceil(MAX_PAYLOAD_BYTES / 3) + 1;
    expect(payloadBytes('a'.repeat(third))).toBe(third);
    expect(payloadBytes('é'.repeat(third))).toBe(third * 2);
    expect(payloadBytes('🆗'.repeat(third))).toBe(third * 4);
  });

  it('never reports a short text as over the quota', () => {
    const longestCheap = MAX_PAYLOAD_BYTES / 3;
    expect(payloadBytes('€'.repeat(longestCheap))).toBeLessThanOrEqual(MAX_PAYLOAD_BYTES);
    expect(payloadBytes('')).toBe(0);
  });
});

describe('checkPayloadSize', () => {
  const failure = () => new StateFailure('States.DataLimitExceeded', 'too big');

  it.each([
    ['exactly 256 KiB of ASCII', 'a'.repeat(MAX_PAYLOAD_BYTES)],
    ['exactly 256 KiB of two-byte characters', 'é'.repeat(MAX_PAYLOAD_BYTES / 2)],
    ['an empty text', ''],
  ])('accepts %s', (_why, text) => {
    const make = vi.fn(failure);
    expect(() => checkPayloadSize(text, make)).not.toThrow();
    expect(make).not.toHaveBeenCalled();
  });

  it.each([
    ['one ASCII byte over', 'a'.repeat(MAX_PAYLOAD_BYTES + 1)],
    ['one two-byte character over', 'é'.repeat(MAX_PAYLOAD_BYTES / 2 + 1)],
    ['three-byte characters past the quota', '€'.repeat(MAX_PAYLOAD_BYTES / 3 + 1)],
  ])('throws the given failure for %s', (_why, text) => {
    let thrown: unknown;
    try {
      checkPayloadSize(text, failure);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(StateFailure);
    expect(thrown).toMatchObject({ error: 'States.DataLimitExceeded', cause: 'too big' });
  });
});
