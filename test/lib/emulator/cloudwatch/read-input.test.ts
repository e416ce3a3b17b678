import { describe, expect, it } from 'vitest';
import { readBoolean, readInteger, readList, readObject, readString, readTimestamp } from '@/lib/emulator/cloudwatch/read-input';

describe('reading CloudWatch input from JSON or Query', () => {
  it('reads numbers, booleans and timestamps in both encodings', () => {
    expect(readInteger({ n: 60 }, 'n', 'N')).toBe(60);
    expect(readInteger({ n: '60' }, 'n', 'N')).toBe(60);
    expect(() => readInteger({ n: '6.5' }, 'n', 'N')).toThrow('The parameter N must be an integer.');
    expect(readBoolean({ b: 'false' }, 'b', 'B')).toBe(false);
    expect(() => readBoolean({ b: 'no' }, 'b', 'B')).toThrow('must be true or false');
    expect(readTimestamp({ t: 1_700_000_000 }, 't', 'T')).toBe(1_700_000_000_000);
    expect(readTimestamp({ t: '1700000000.5' }, 't', 'T')).toBe(1_700_000_000_500);
    expect(readTimestamp({ t: '2026-01-01T00:00:00Z' }, 't', 'T')).toBe(Date.UTC(2026, 0, 1));
    expect(() => readTimestamp({}, 't', 'T')).toThrow('The parameter T is required.');
  });

  it('checks strings, lists and structures', () => {
    expect(readString({}, 's', 'S', false)).toBeUndefined();
    expect(() => readString({ s: 1 }, 's', 'S', false)).toThrow('must be a string');
    expect(() => readList({ l: {} }, 'l', 'L')).toThrow('must be a list');
    expect(() => readObject({ o: [] }, 'o', 'O', true)).toThrow('must be a structure');
    expect(() => readObject({}, 'o', 'O', true)).toThrow('The parameter O is required.');
  });
});
