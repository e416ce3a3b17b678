import { describe, expect, it } from 'vitest';
import { formatJavaNumber, isJsonEqual, jsonTypeName, toJsonText } from '@/lib/emulator/asl/json-text';

describe('toJsonText', () => {
  it('writes compact JSON in key order, like AWS', () => {
    expect(toJsonText({ b: [1, 'x', null, true], a: { 'q"': 1.5 } })).toBe('{"b":[1,"x",null,true],"a":{"q\\"":1.5}}');
  });
});

describe('formatJavaNumber', () => {
  it.each<[number, string]>([
    [1, '1'],
    [-0, '0'],
    [1.1, '1.1'],
    [0.001, '0.001'],
    [1e21, '1.0E21'],
    [1e-7, '1.0E-7'],
    [123456789.5, '1.234567895E8'],
    [9007199254740993, '9007199254740992'],
  ])('%d -> %s', (value, text) => {
    expect(formatJavaNumber(value)).toBe(text);
  });
});

describe('isJsonEqual / jsonTypeName', () => {
  it('compares structurally, ignoring key order', () => {
    expect(isJsonEqual({ a: [1, { b: 2 }], c: null }, { c: null, a: [1, { b: 2 }] })).toBe(true);
    expect(isJsonEqual([1, 2], [2, 1])).toBe(false);
    expect(isJsonEqual({ a: 1 }, { a: 1, b: 2 })).toBe(false);
  });

  it('names JSON types as AWS messages do', () => {
    expect([[], {}, 'x', 1, true, null].map(jsonTypeName)).toEqual(['array', 'object', 'string', 'number', 'boolean', 'null']);
  });
});
