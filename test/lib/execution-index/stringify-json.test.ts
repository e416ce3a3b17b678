import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringifyJson } from '@/lib/execution-index/stringify-json';

describe('stringifyJson', () => {
  it('writes what JSON.stringify writes for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(stringifyJson(value)).toBe(JSON.stringify(value));
      }),
    );
  });

  it('writes 20,000 levels of nesting, where JSON.stringify overflows the stack', () => {
    let text = '{"a":[1,"x",null,true]}';
    for (let i = 0; i < 20_000; i += 1) text = i % 2 ? `[${text},{}]` : `{"k":${text},"e":[]}`;
    const value: unknown = JSON.parse(text);
    expect(() => JSON.stringify(value)).toThrow(RangeError);
    expect(stringifyJson(value)).toBe(text);
  });
});
