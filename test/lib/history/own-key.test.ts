import { describe, expect, it } from 'vitest';
import { setOwn } from '@/lib/history/own-key';

describe('setOwn', () => {
  it('sets an ordinary key as a plain assignment would', () => {
    const target: Record<string, number> = { a: 1 };
    setOwn(target, 'b', 2);
    setOwn(target, 'a', 3);
    expect(target).toEqual({ a: 3, b: 2 });
  });

  it('sets "__proto__" as an own, enumerable value and leaves the prototype alone', () => {
    const target: Record<string, unknown> = {};
    setOwn(target, '__proto__', { polluted: true });
    expect(Object.getPrototypeOf(target)).toBe(Object.prototype);
    expect(Object.hasOwn(target, '__proto__')).toBe(true);
    expect(Object.keys(target)).toEqual(['__proto__']);
    expect(Object.getOwnPropertyDescriptor(target, '__proto__')).toEqual({
      value: { polluted: true },
      enumerable: true,
      writable: true,
      configurable: true,
    });
    expect((target as { polluted?: unknown }).polluted).toBeUndefined();
    expect(JSON.stringify(target)).toBe('{"__proto__":{"polluted":true}}');
  });

  it('overwrites an own "__proto__" set before', () => {
    const target: Record<string, number> = {};
    setOwn(target, '__proto__', 1);
    setOwn(target, '__proto__', 2);
    expect(Object.getOwnPropertyDescriptor(target, '__proto__')?.value).toBe(2);
  });

  it.each(['constructor', 'toString', 'hasOwnProperty'])('sets %s as an own value, shadowing the inherited one', (key) => {
    const target: Record<string, string> = {};
    setOwn(target, key, 'state');
    expect(Object.hasOwn(target, key)).toBe(true);
    expect(target[key]).toBe('state');
  });
});
