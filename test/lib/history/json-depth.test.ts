import { describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH, deeperThan, exceedsJsonDepth, limitJsonDepth, toBoundedJson } from '@/lib/history/json-depth';

/** `depth` arrays nested in each other, the innermost holding `leaf`, built without recursion. */
function nestedArrays(depth: number, leaf?: unknown): unknown {
  let value: unknown[] = leaf === undefined ? [] : [leaf];
  for (let i = 1; i < depth; i++) value = [value];
  return value;
}

const NOTE_100 = '… nested deeper than 100 levels';

describe('deeperThan', () => {
  it('says how deep the limit was', () => {
    expect(deeperThan(3)).toBe('… nested deeper than 3 levels');
    expect(deeperThan(MAX_JSON_DEPTH)).toBe(NOTE_100);
  });
});

describe('exceedsJsonDepth', () => {
  it.each([null, undefined, 0, 'text', true])('is false for a leaf value (%j)', (value) => {
    expect(exceedsJsonDepth(value, 0)).toBe(false);
  });

  it.each([
    [[], 1, false],
    [[], 0, true],
    [[[1]], 2, false],
    [[[[1]]], 2, true],
    [{ a: { b: {} } }, 3, false],
    [{ a: { b: {} } }, 2, true],
    [{ a: 1, b: [2, { c: [] }] }, 4, false],
    [{ a: 1, b: [2, { c: [] }] }, 3, true],
  ])('counts the value itself as level 1: %j with max %i -> %s', (value, max, expected) => {
    expect(exceedsJsonDepth(value, max)).toBe(expected);
  });

  it('finds a deep branch among shallow siblings', () => {
    expect(exceedsJsonDepth({ shallow: [1, 2, 3], deep: nestedArrays(5) }, 5)).toBe(true);
    expect(exceedsJsonDepth({ shallow: [1, 2, 3], deep: nestedArrays(5) }, 6)).toBe(false);
  });

  it('treats values with their own toJSON (a Date) as leaves, as JSON.stringify does', () => {
    expect(exceedsJsonDepth([new Date(0)], 1)).toBe(false);
    expect(exceedsJsonDepth([{ toJSON: () => [[[]]] }], 1)).toBe(false);
  });

  it(`allows ${MAX_JSON_DEPTH} levels by default and not one more`, () => {
    expect(exceedsJsonDepth(nestedArrays(MAX_JSON_DEPTH))).toBe(false);
    expect(exceedsJsonDepth(nestedArrays(MAX_JSON_DEPTH + 1))).toBe(true);
  });

  it('walks 10,000 levels without overflowing the stack', () => {
    expect(exceedsJsonDepth(JSON.parse(`${'['.repeat(10_000)}${']'.repeat(10_000)}`))).toBe(true);
  });
});

describe('limitJsonDepth', () => {
  it('returns the value itself (same reference) when it is within the limit', () => {
    const value = { a: [1, { b: 2 }] };
    expect(limitJsonDepth(value, 3)).toBe(value);
    expect(limitJsonDepth('text')).toBe('text');
  });

  it('replaces the arrays and objects below level max with the note, keeping leaves at that level', () => {
    const value = { keep: 1, list: [2, [3], { x: 4 }], text: 'x' };
    expect(limitJsonDepth(value, 2)).toEqual({ keep: 1, list: [2, deeperThan(2), deeperThan(2)], text: 'x' });
  });

  it('copies instead of changing the input', () => {
    const value = { a: { b: { c: 1 } } };
    const limited = limitJsonDepth(value, 2);
    expect(limited).toEqual({ a: { b: deeperThan(2) } });
    expect(value).toEqual({ a: { b: { c: 1 } } });
  });

  it('keeps array positions and object key order', () => {
    expect(limitJsonDepth([[], 'a', { z: 1, a: [[]] }], 2)).toEqual([[], 'a', { z: 1, a: deeperThan(2) }]);
    expect(Object.keys(limitJsonDepth({ z: [[]], a: 1 }, 2) as object)).toEqual(['z', 'a']);
  });

  it('keeps a "__proto__" key as data, not as the copy\'s prototype', () => {
    const value = JSON.parse('{"__proto__":{"deep":[[1]]}}') as unknown;
    const limited = limitJsonDepth(value, 2) as Record<string, unknown>;
    expect(Object.getPrototypeOf(limited)).toBe(Object.prototype);
    expect(Object.keys(limited)).toEqual(['__proto__']);
    expect(JSON.stringify(limited)).toBe(`{"__proto__":{"deep":"${deeperThan(2)}"}}`);
  });

  it(`cuts a 10,000-level document to ${MAX_JSON_DEPTH} levels by default`, () => {
    const limited = limitJsonDepth(JSON.parse(`${'['.repeat(10_000)}${']'.repeat(10_000)}`));
    expect(JSON.stringify(limited)).toBe(`${'['.repeat(MAX_JSON_DEPTH)}"${NOTE_100}"${']'.repeat(MAX_JSON_DEPTH)}`);
  });
});

describe('toBoundedJson', () => {
  it('is JSON.stringify for a value within the limit', () => {
    expect(toBoundedJson({ a: [1, 'b', null] })).toBe('{"a":[1,"b",null]}');
    expect(toBoundedJson('text')).toBe('"text"');
    expect(toBoundedJson(new Date(0))).toBe('"1970-01-01T00:00:00.000Z"');
  });

  it('is undefined where JSON.stringify is (undefined, a function)', () => {
    expect(toBoundedJson(undefined)).toBeUndefined();
    expect(toBoundedJson(() => 1)).toBeUndefined();
  });

  it('writes levels past the limit as the note', () => {
    expect(toBoundedJson({ a: { b: { c: 1 } } }, 2)).toBe(`{"a":{"b":"${deeperThan(2)}"}}`);
    expect(toBoundedJson(nestedArrays(MAX_JSON_DEPTH + 1, 1))).toBe(
      `${'['.repeat(MAX_JSON_DEPTH)}"${NOTE_100}"${']'.repeat(MAX_JSON_DEPTH)}`,
    );
  });
});
