import { describe, expect, it } from 'vitest';
import type { EvalContext } from '@/lib/emulator/asl/eval-context';
import { formatIntrinsicValue } from '@/lib/emulator/asl/intrinsic-functions';
import { isJsonTextTooDeep, MAX_JSON_DEPTH } from '@/lib/emulator/asl/json-depth';
import { readPath } from '@/lib/emulator/asl/json-path';
import { isJsonEqual, toJsonText } from '@/lib/emulator/asl/json-text';
import type { JsonValue } from '@/lib/emulator/asl/json-value';
import { evaluateJsonataTemplate } from '@/lib/emulator/asl/jsonata-template';
import { applyResultPath } from '@/lib/emulator/asl/result-path';
import { StatesError } from '@/lib/emulator/asl/states-error';

// Far deeper than Node's call stack allows a recursive walk to go (a few thousand levels).
const LEVELS = 100_000;
const nestedText = (levels: number) => '{"a":'.repeat(levels) + '1' + '}'.repeat(levels);
const nested = (levels: number) => JSON.parse(nestedText(levels)) as JsonValue;
const ctx: EvalContext = { contextObject: {}, variables: {} };

describe('walks over deeply nested JSON', () => {
  const deep = nested(LEVELS);

  it('serializes, compares and formats at any depth', () => {
    expect(toJsonText(deep)).toBe(nestedText(LEVELS));
    expect(isJsonEqual(deep, nested(LEVELS))).toBe(true);
    expect(isJsonEqual(deep, nested(LEVELS - 1))).toBe(false);
    expect(formatIntrinsicValue(deep)).toBe('{a='.repeat(LEVELS) + '1' + '}'.repeat(LEVELS));
  });

  it('keeps the output of the iterative writers identical to the recursive ones on ordinary data', () => {
    const value: JsonValue = { b: [1, 'x', null, true, [], {}], a: { 'q"': 1.5, n: [[1e21]] } };
    expect(toJsonText(value)).toBe('{"b":[1,"x",null,true,[],{}],"a":{"q\\"":1.5,"n":[[1.0E21]]}}');
    expect(formatIntrinsicValue(value)).toBe('{b=[1, x, null, true, [], {}], a={q"=1.5, n=[[1.0E21]]}}');
    expect(toJsonText('x')).toBe('"x"');
    expect(toJsonText([])).toBe('[]');
  });

  it('applies a ResultPath to deep input, copying only the path it writes', () => {
    const output = applyResultPath(deep, 'r', '$.b') as Record<string, JsonValue>;
    expect(output.b).toBe('r');
    expect(output.a).toBe((deep as Record<string, JsonValue>).a);
    expect(deep).not.toHaveProperty('b');
  });

  it('keeps a __proto__ member an ordinary member when ResultPath writes it', () => {
    const output = applyResultPath({}, { x: 1 }, "$['__proto__']");
    expect(toJsonText(output)).toBe('{"__proto__":{"x":1}}');
    expect(Object.getPrototypeOf(output)).toBe(Object.prototype);
  });

  it('fails a JSONPath that jsonpath-plus cannot walk with a clear States.Runtime error', () => {
    let thrown: unknown;
    try {
      readPath('$..a', deep, ctx, 'InputPath');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(StatesError);
    expect(thrown).toMatchObject({
      error: 'States.Runtime',
      causeText: "The JSONPath '$..a' cannot be evaluated: the data is nested too deeply",
    });
  });

  it('copies a deep JSONata result', async () => {
    const result = await evaluateJsonataTemplate('{% $states.input %}', { states: { input: deep }, variables: {} }, 'Output');
    expect(isJsonEqual(result, deep)).toBe(true);
  });
});

describe('nesting depth checks', () => {
  it('count levels of objects and arrays, ignoring brackets in strings', () => {
    expect(isJsonTextTooDeep(nestedText(MAX_JSON_DEPTH))).toBe(false);
    expect(isJsonTextTooDeep(nestedText(MAX_JSON_DEPTH + 1))).toBe(true);
    expect(isJsonTextTooDeep(JSON.stringify({ s: '[[[[\\"{{{{' }), 2)).toBe(false);
    expect(isJsonTextTooDeep('[[1],[[2]]]', 2)).toBe(true);
  });
});
