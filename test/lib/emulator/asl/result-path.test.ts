import { describe, expect, it } from 'vitest';
import type { JsonValue } from '@/lib/emulator/asl/json-value';
import { applyResultPath } from '@/lib/emulator/asl/result-path';
import { StatesError } from '@/lib/emulator/asl/states-error';

describe('applyResultPath', () => {
  const input: JsonValue = { a: 1, list: [{ x: 1 }, { x: 2 }] };

  it.each<[string | null | undefined, JsonValue]>([
    [undefined, { r: true }],
    [null, input],
    ['$', { r: true }],
    ['$.result', { a: 1, list: [{ x: 1 }, { x: 2 }], result: { r: true } }],
    ['$.a', { a: { r: true }, list: [{ x: 1 }, { x: 2 }] }],
    ['$.deep.er.path', { a: 1, list: [{ x: 1 }, { x: 2 }], deep: { er: { path: { r: true } } } }],
    ["$['odd key']", { a: 1, list: [{ x: 1 }, { x: 2 }], 'odd key': { r: true } }],
    ['$.list[1].y', { a: 1, list: [{ x: 1 }, { x: 2, y: { r: true } }] }],
  ])('ResultPath %s', (resultPath, expected) => {
    expect(applyResultPath(input, { r: true }, resultPath)).toEqual(expected);
  });

  it('never mutates the input', () => {
    const original = structuredClone(input);
    applyResultPath(input, 5, '$.list[0].x');
    expect(input).toEqual(original);
  });

  it('fails with States.ResultPathMatchFailure when the input cannot hold the result', () => {
    let caught: unknown;
    try {
      applyResultPath('text', 1, '$.a');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(StatesError);
    expect((caught as StatesError).error).toBe('States.ResultPathMatchFailure');
    expect((caught as StatesError).causeText).toBe('Unable to apply ReferencePath $.a to input "text"');
    expect(() => applyResultPath({ a: 'x' }, 1, '$.a.b')).toThrow(StatesError);
    expect(() => applyResultPath({ l: [] }, 1, '$.l[3]')).toThrow(StatesError);
  });

  it('rejects a ResultPath that is not a definite input path', () => {
    expect(() => applyResultPath({}, 1, '$.a[*]')).toThrow(StatesError);
    expect(() => applyResultPath({}, 1, '$$.Execution')).toThrow(StatesError);
  });
});
