import { describe, expect, it } from 'vitest';
import { DEFAULT_PAYLOAD_CAP_BYTES, capPayload } from '@/lib/execution-index/cap-payload';

const utf8 = (s: string) => new TextEncoder().encode(s).length;

describe('capPayload', () => {
  it('keeps a payload within the cap whole, with its UTF-8 size', () => {
    expect(capPayload('{"a":"é"}')).toEqual({ text: '{"a":"é"}', bytes: 10, truncated: false });
    expect(capPayload('x'.repeat(DEFAULT_PAYLOAD_CAP_BYTES))).toMatchObject({ bytes: DEFAULT_PAYLOAD_CAP_BYTES, truncated: false });
  });

  it('cuts a longer payload at the cap on a character boundary and says so', () => {
    const text = '€'.repeat(100); // 3 bytes each
    for (const cap of [0, 1, 2, 3, 4, 5, 6, 7, 100]) {
      const stored = capPayload(text, cap);
      expect(stored.truncated).toBe(true);
      expect(stored.bytes).toBe(300);
      expect(utf8(stored.text)).toBeLessThanOrEqual(cap);
      expect(utf8(stored.text)).toBeGreaterThan(cap - 3);
      expect(stored.text).not.toContain('\uFFFD');
    }
    const emoji = capPayload('a😀b', 3);
    expect(emoji).toEqual({ text: 'a', bytes: 6, truncated: true });
  });

  it('rejects a cap that is not a whole number of bytes', () => {
    expect(() => capPayload('x', -1)).toThrow('payload cap must be a whole number of bytes');
    expect(() => capPayload('x', 1.5)).toThrow('got 1.5');
  });
});
