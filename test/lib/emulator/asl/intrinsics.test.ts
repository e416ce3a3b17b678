import { describe, expect, it } from 'vitest';
import type { EvalContext } from '@/lib/emulator/asl/eval-context';
import { evaluateIntrinsic, isIntrinsicCall } from '@/lib/emulator/asl/intrinsics';
import { toJsonText } from '@/lib/emulator/asl/json-text';
import type { JsonValue } from '@/lib/emulator/asl/json-value';
import { StatesError } from '@/lib/emulator/asl/states-error';
import { allStates, details, HAS_CASES, loadCases, payload, payloadText, SKIP_REASON } from '../../../support/corpus/aws-asl-cases';

const ctx: EvalContext = {
  contextObject: { Execution: { Input: { csv: 'a,b', start: 2 } }, Map: { Item: { Value: 'Pikachu' } } },
  variables: { template: "It's {}!", list: [1, 2, 3] },
};

function run(expression: string, input: JsonValue = {}): JsonValue {
  return evaluateIntrinsic(expression, input, ctx, 'value.$');
}

function failure(expression: string, input: JsonValue = {}): { error: string; causeText: string } {
  try {
    run(expression, input);
  } catch (error) {
    if (error instanceof StatesError) return { error: error.error, causeText: error.causeText };
    throw error;
  }
  throw new Error(`expected ${expression} to fail`);
}

describe('evaluateIntrinsic: values', () => {
  it.each<[string, JsonValue, JsonValue]>([
    ["States.Format('Hello {}', $.name)", { name: 'Ada' }, 'Hello Ada'],
    ["States.Format('{} {} {} {}', $.s, $.n, $.b, $.z)", { s: 'x', n: 1.1, b: true, z: null }, 'x 1.1 true null'],
    [
      "States.Format('o={} a={}', $.o, $.a)",
      { o: { Arg1: 1, Arg2: [] }, a: [1, 'x', { k: null }] },
      'o={Arg1=1, Arg2=[]} a=[1, x, {k=null}]',
    ],
    ["States.Format('big={} small={}', $.big, $.small)", { big: 1e21, small: 1e-7 }, 'big=1.0E21 small=1.0E-7'],
    ["States.Format('esc \\{\\} \\' \\\\ {}', 'v')", {}, "esc {} ' \\ v"],
    ["States.Format('no placeholders')", {}, 'no placeholders'],
    ['States.Format($template, $$.Map.Item.Value)', {}, "It's Pikachu!"],
    ["States.Format('{}', States.JsonToString($.o))", { o: { k: 1 } }, '{"k":1}'],
    ['States.StringToJson(\'{"a": [1, 2.5, "x"]}\')', {}, { a: [1, 2.5, 'x'] }],
    ['States.StringToJson($.s)', { s: ' ' }, null],
    ['States.StringToJson($.s)', { s: '-0' }, 0],
    ['States.JsonToString($)', { b: [1, 'x'], a: { c: true } }, '{"b":[1,"x"],"a":{"c":true}}'],
    ['States.JsonToString($.s)', { s: 'HelloWorld' }, '"HelloWorld"'],
    ["States.Array('a', 1, 2.5, true, null, $.o)", { o: { k: 1 } }, ['a', 1, 2.5, true, null, { k: 1 }]],
    ['States.Array()', {}, []],
    ['States.ArrayPartition($.a, 2)', { a: [1, 2, 3, 4, 5] }, [[1, 2], [3, 4], [5]]],
    ['States.ArrayPartition($.a, 4)', { a: [] }, []],
    ['States.ArrayContains($.a, $.v)', { a: [1, { x: [2] }], v: { x: [2] } }, true],
    ["States.ArrayContains($.a, '1')", { a: [1, 2] }, false],
    ['States.ArrayRange(1, 9, 2)', {}, [1, 3, 5, 7, 9]],
    ['States.ArrayRange(5, 1, -2)', {}, [5, 3, 1]],
    ['States.ArrayRange(1, 5, -1)', {}, []],
    ['States.ArrayRange(1.6, 1.4, 1)', {}, [1]],
    ['States.ArrayRange($$.Execution.Input.start, 6, 2)', {}, [2, 4, 6]],
    ['States.ArrayGetItem($.a, 5)', { a: [1, 2, 3, 4, 5, 6, 7, 8, 9] }, 6],
    ['States.ArrayGetItem($list, 0)', {}, 1],
    ['States.ArrayLength($.a)', { a: [1, 2, 3] }, 3],
    ['States.ArrayUnique($.a)', { a: [1, 2, 2, 3, 3, 4, { k: 1 }, { k: 1 }] }, [1, 2, 3, 4, { k: 1 }]],
    ["States.Base64Encode('Hello World')", {}, 'SGVsbG8gV29ybGQ='],
    ["States.Base64Encode('é🆗')", {}, 'w6nwn4aX'],
    ["States.Base64Decode('SGVsbG8gV29ybGQ=')", {}, 'Hello World'],
    ["States.Hash('input data', 'MD5')", {}, '812f45842bc6d66ee14572ce20db8e86'],
    ["States.Hash('input data', 'SHA-1')", {}, 'aaff4a450a104cd177d28d18d74485e8cae074b7'],
    ["States.Hash('input data', 'SHA-256')", {}, 'b4a697a057313163aee33cd8d40c66e9f0f177e00cac2de32475ffff6169c3e3'],
    ["States.Hash('Hash this string', 'SHA-256')", {}, '1cac63f39fd68d8c531f27b807610fb3d50f0fc3f186995767fb6316e7200a3e'],
    [
      'States.JsonMerge($.a, $.b, false)',
      { a: { a: { a1: 1 }, b: 2, d: 3 }, b: { a: { a3: 1 }, c: 3, d: 4 } },
      { a: { a3: 1 }, b: 2, c: 3, d: 4 },
    ],
    ['States.MathAdd($.a, $.b)', { a: 1.49, b: 1.5 }, 3],
    ['States.MathAdd(-1.5, 0)', {}, -1],
    ['States.MathAdd(-2.5, 0)', {}, -2],
    ['States.MathAdd(2.5, 0)', {}, 3],
    ['States.MathAdd(-0.5, 0.5)', {}, 1],
    ['States.MathAdd(States.ArrayLength($list), -1)', {}, 2],
    ["States.StringSplit('This.is+a,test=string', '.+,=')", {}, ['This', 'is', 'a', 'test', 'string']],
    ["States.StringSplit(', , ,', ',')", {}, [' ', ' ']],
    ["States.StringSplit(',,,,', ',')", {}, []],
    ["States.StringSplit($$.Execution.Input.csv, ',')", {}, ['a', 'b']],
    [
      "States.ArrayGetItem(States.StringSplit('a-b-c', '-'), States.MathAdd(States.ArrayLength(States.StringSplit('a-b-c', '-')), -1))",
      {},
      'c',
    ],
    ["States.Format('{}', $['odd,key'])", { 'odd,key': 'v' }, 'v'],
    ['States.Array($.a[?(@.x > 1)].x)', { a: [{ x: 1 }, { x: 2 }] }, [[2]]],
  ])('%s', (expression, input, expected) => {
    expect(toJsonText(run(expression, input))).toBe(toJsonText(expected));
  });

  it('keeps States.JsonMerge keys in java.util.HashMap order, as recorded', () => {
    const merged = run('States.JsonMerge(States.StringToJson(\'{"constant_in_literal": "false"}\'), $.b, false)', {
      b: { constant_input_field: 'constant_value' },
    });
    expect(JSON.stringify(merged)).toBe('{"constant_input_field":"constant_value","constant_in_literal":"false"}');
  });

  it('draws States.MathRandom from [start, end) and repeats itself for a seed', () => {
    for (let i = 0; i < 50; i++) {
      const value = run('States.MathRandom(3, 6)');
      expect([3, 4, 5]).toContain(value);
    }
    expect(run('States.MathRandom(0, 999, 3)')).toBe(run('States.MathRandom(0, 999, 3)'));
  });

  it('returns a version 4 UUID from States.UUID', () => {
    expect(run('States.UUID()')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe('evaluateIntrinsic: errors', () => {
  it.each<[string, JsonValue, string]>([
    ["States.Format('{} {}', 'a')", {}, 'Format'],
    ["States.Format('{}', 'a', 'b')", {}, 'Format'],
    ["States.Format('Hello {', 'a')", {}, 'Format'],
    ['States.Format($.n)', { n: 123 }, 'Format'],
    ["States.StringToJson('{nope')", {}, 'StringToJson'],
    ['States.StringToJson($.n)', { n: 1 }, 'StringToJson'],
    ['States.ArrayPartition($.a, 0.49)', { a: [1] }, 'ArrayPartition'],
    ["States.ArrayPartition('x', 1)", {}, 'ArrayPartition'],
    ["States.ArrayContains('x', 1)", {}, 'ArrayContains'],
    ['States.ArrayRange(1, 10, 0)', {}, 'ArrayRange'],
    ['States.ArrayRange(1, 1001, 1)', {}, 'ArrayRange'],
    ["States.ArrayRange('a', 5, 1)", {}, 'ArrayRange'],
    ['States.ArrayGetItem($.a, 3)', { a: [1, 2, 3] }, 'ArrayGetItem'],
    ['States.ArrayLength($.s)', { s: 'abc' }, 'ArrayLength'],
    ['States.ArrayUnique(1)', {}, 'ArrayUnique'],
    ['States.Base64Encode(1)', {}, 'Base64Encode'],
    ["States.Base64Decode('not base64!')", {}, 'Base64Decode'],
    ["States.Hash('x', 'SHA-999')", {}, 'Hash'],
    ['States.JsonMerge($.a, $.a, true)', { a: {} }, 'JsonMerge'],
    ["States.JsonMerge($.a, 'x', false)", { a: {} }, 'JsonMerge'],
    ['States.MathRandom(1.4, 1.6)', {}, 'MathRandom'],
    ['States.MathAdd($.a, $.b)', { a: 1, b: 'NOT A NUMBER' }, 'MathAdd'],
    ['States.StringSplit(1, 2)', {}, 'StringSplit'],
    ['States.UUID(1)', {}, 'UUID'],
  ])('%s fails with States.Runtime "Invalid arguments in States.%s"', (expression, input, name) => {
    expect(failure(expression, input)).toEqual({ error: 'States.Runtime', causeText: `Invalid arguments in States.${name}` });
  });

  it('reports a missing path argument the way a template field does', () => {
    expect(failure('States.Format($.missing)', { a: 1 })).toEqual({
      error: 'States.Runtime',
      causeText: `The JSONPath '$.missing' specified for the field 'value.$' could not be found in the input '{"a":1}'`,
    });
  });

  it('rejects unknown functions and malformed calls with States.IntrinsicFailure', () => {
    expect(failure('States.Compare($.a, $.b)').error).toBe('States.IntrinsicFailure');
    expect(failure("States.Format('x'").error).toBe('States.IntrinsicFailure');
    expect(failure('States.Format(@)').error).toBe('States.IntrinsicFailure');
  });
});

describe('isIntrinsicCall', () => {
  it.each([
    ['States.Format($.a)', true],
    ['States.UUID()', true],
    ['$.a', false],
    ['States.Format', false],
    ['states.Format($.a)', false],
  ])('%s -> %s', (text, expected) => {
    expect(isIntrinsicCall(text)).toBe(expected);
  });
});

/** Every recorded intrinsic_functions case is a Pass with Parameters {"FunctionResult.$": <call>}. */
describe.skipIf(!HAS_CASES)(`evaluateIntrinsic against recorded AWS outputs (${HAS_CASES ? 'recordings found' : SKIP_REASON})`, () => {
  const rows = loadCases('intrinsic_functions__')
    .flatMap((recorded) => {
      const states = allStates(recorded.definition);
      const exited = recorded.events.find((e) => e.type === 'PassStateExited');
      const entered = recorded.events.find((e) => e.type === 'PassStateEntered');
      const state = exited ? states.get(String(details(exited).name)) : undefined;
      const params = state?.Parameters;
      if (!exited || !entered || !params || typeof params !== 'object' || Array.isArray(params)) return [];
      const expression = params['FunctionResult.$'];
      const output = payload(details(exited).output);
      if (typeof expression !== 'string' || !output || typeof output !== 'object' || Array.isArray(output)) return [];
      return [{ name: recorded.name, expression, input: payload(details(entered).input), expected: output.FunctionResult }];
    })
    // MathRandom and UUID outputs are masked in the recordings.
    .filter((row) => row.expected !== 'RandomNumberGenerated');

  it('finds the recorded intrinsic cases', () => {
    expect(rows.length).toBeGreaterThanOrEqual(60);
  });

  it.each(rows)('$name: $expression', ({ expression, input, expected }) => {
    const ctx2: EvalContext = { contextObject: { Execution: { Input: input } }, variables: {} };
    expect(toJsonText(evaluateIntrinsic(expression, input, ctx2, 'FunctionResult.$'))).toBe(payloadText(JSON.stringify(expected)));
  });
});
