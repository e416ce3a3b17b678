import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  formatIntrinsicValue,
  INTRINSIC_FUNCTIONS,
  invalidArguments,
  type IntrinsicArgument,
} from '@/lib/emulator/asl/intrinsic-functions';
import type { JsonValue } from '@/lib/emulator/asl/json-value';
import { StatesError } from '@/lib/emulator/asl/states-error';

/** Evaluated arguments as the evaluator hands them over (no raw literal text). */
function args(...values: JsonValue[]): IntrinsicArgument[] {
  return values.map((value) => ({ value }));
}

function call(name: string, argumentList: IntrinsicArgument[]): JsonValue {
  const fn = INTRINSIC_FUNCTIONS[name];
  if (!fn) throw new Error(`no intrinsic ${name}`);
  return fn(argumentList);
}

/** The States.Runtime cause a call fails with. */
function failureOf(name: string, argumentList: IntrinsicArgument[]): { error: string; causeText: string } {
  try {
    call(name, argumentList);
  } catch (error) {
    if (error instanceof StatesError) return { error: error.error, causeText: error.causeText };
    throw error;
  }
  throw new Error(`expected States.${name} to fail`);
}

function invalid(name: string) {
  return { error: 'States.Runtime', causeText: `Invalid arguments in States.${name}` };
}

describe('invalidArguments', () => {
  it('is a States.Runtime error naming the function', () => {
    const error = invalidArguments('ArrayRange');
    expect(error).toBeInstanceOf(StatesError);
    expect(error.error).toBe('States.Runtime');
    expect(error.causeText).toBe('Invalid arguments in States.ArrayRange');
  });
});

describe('INTRINSIC_FUNCTIONS', () => {
  it('has exactly the functions AWS offers', () => {
    expect(Object.keys(INTRINSIC_FUNCTIONS).sort()).toEqual([
      'Array',
      'ArrayContains',
      'ArrayGetItem',
      'ArrayLength',
      'ArrayPartition',
      'ArrayRange',
      'ArrayUnique',
      'Base64Decode',
      'Base64Encode',
      'Format',
      'Hash',
      'JsonMerge',
      'JsonToString',
      'MathAdd',
      'MathRandom',
      'StringSplit',
      'StringToJson',
      'UUID',
    ]);
  });
});

describe('formatIntrinsicValue (Java toString of a Format argument)', () => {
  it.each<[JsonValue, string]>([
    [null, 'null'],
    [true, 'true'],
    ['text "quoted"', 'text "quoted"'],
    [42, '42'],
    [-0, '0'],
    [1.5, '1.5'],
    [1e21, '1.0E21'],
    [1e-7, '1.0E-7'],
    [[], '[]'],
    [{}, '{}'],
    [[1, 'x', null], '[1, x, null]'],
    [{ a: 1, b: [true, { c: 'd' }] }, '{a=1, b=[true, {c=d}]}'],
  ])('%j -> %s', (value, expected) => {
    expect(formatIntrinsicValue(value)).toBe(expected);
  });
});

describe('States.Format', () => {
  it('fills each {} with the next argument', () => {
    expect(call('Format', args('{} and {}', 'a', { k: [1] }))).toBe('a and {k=[1]}');
  });

  it('reads escapes from the raw literal: \\{ \\} and \\\\ are literal characters, not placeholders', () => {
    expect(call('Format', [{ value: '{} {}', rawLiteral: '\\{\\} \\\\ {}' }, { value: 'v' }])).toBe('{} \\ v');
  });

  it('treats backslashes in a template read from a path as escapes too', () => {
    expect(call('Format', args('\\{x\\} {}', 1))).toBe('{x} 1');
  });

  it('keeps a trailing lone backslash', () => {
    expect(call('Format', args('end\\'))).toBe('end\\');
  });

  it.each<[string, JsonValue[]]>([
    ['no template at all', []],
    ['a template that is not a string', [1]],
    ['fewer arguments than placeholders', ['{} {}', 'a']],
    ['more arguments than placeholders', ['{}', 'a', 'b']],
    ['an unmatched {', ['a { b']],
    ['an unmatched }', ['a } b']],
  ])('fails on %s', (_why, values) => {
    expect(failureOf('Format', args(...values))).toEqual(invalid('Format'));
  });
});

describe('States.StringToJson / States.JsonToString', () => {
  it.each<[string, JsonValue]>([
    ['{"a":[1,2.5,"x"]}', { a: [1, 2.5, 'x'] }],
    ['"s"', 's'],
    ['12', 12],
    ['', null],
    ['   ', null],
  ])('StringToJson(%j) -> %j', (text, expected) => {
    expect(call('StringToJson', args(text))).toEqual(expected);
  });

  it.each<[string, JsonValue[]]>([
    ['malformed JSON', ['{nope']],
    ['a non-string', [1]],
    ['no argument', []],
    ['two arguments', ['1', '2']],
  ])('StringToJson fails on %s', (_why, values) => {
    expect(failureOf('StringToJson', args(...values))).toEqual(invalid('StringToJson'));
  });

  it('JsonToString writes compact JSON in key order, numbers as Java does', () => {
    expect(call('JsonToString', args({ b: [1, 'x'], a: { c: 1.0e21 } }))).toBe('{"b":[1,"x"],"a":{"c":1.0E21}}');
    expect(call('JsonToString', args('s'))).toBe('"s"');
  });

  it('JsonToString takes exactly one argument', () => {
    expect(failureOf('JsonToString', args())).toEqual(invalid('JsonToString'));
    expect(failureOf('JsonToString', args(1, 2))).toEqual(invalid('JsonToString'));
  });
});

describe('States.Array and the array functions', () => {
  it('Array collects its arguments, any number of them', () => {
    expect(call('Array', args())).toEqual([]);
    expect(call('Array', args('a', 1, null, [2], { k: true }))).toEqual(['a', 1, null, [2], { k: true }]);
  });

  it.each<[JsonValue[], number, JsonValue[]]>([
    [[1, 2, 3, 4, 5], 2, [[1, 2], [3, 4], [5]]],
    [[1, 2, 3], 3, [[1, 2, 3]]],
    [[1, 2, 3], 10, [[1, 2, 3]]],
    [[1, 2, 3], 2.9, [[1, 2], [3]]],
    [[], 4, []],
  ])('ArrayPartition(%j, %j) -> %j', (array, size, expected) => {
    expect(call('ArrayPartition', args(array, size))).toEqual(expected);
  });

  it.each<[string, JsonValue[]]>([
    ['a size that truncates to 0', [[1], 0.49]],
    ['a negative size', [[1], -1]],
    ['a non-array', ['x', 1]],
    ['a non-number size', [[1], '1']],
    ['one argument', [[1]]],
  ])('ArrayPartition fails on %s', (_why, values) => {
    expect(failureOf('ArrayPartition', args(...values))).toEqual(invalid('ArrayPartition'));
  });

  it('ArrayContains compares structurally, ignoring key order but not types', () => {
    expect(call('ArrayContains', args([1, { x: [2], y: 1 }], { y: 1, x: [2] }))).toBe(true);
    expect(call('ArrayContains', args([1, 2], '1'))).toBe(false);
    expect(call('ArrayContains', args([], null))).toBe(false);
    expect(failureOf('ArrayContains', args('x', 1))).toEqual(invalid('ArrayContains'));
  });

  it.each<[number, number, number, number[]]>([
    [1, 9, 2, [1, 3, 5, 7, 9]],
    [1, 10, 2, [1, 3, 5, 7, 9]],
    [5, 1, -2, [5, 3, 1]],
    [3, 3, 1, [3]],
    [1, 5, -1, []],
    [5, 1, 1, []],
    [1.6, 1.4, 1, [1]],
    [-2.7, 2.9, 1.5, [-2, -1, 0, 1, 2]],
  ])('ArrayRange(%d, %d, %d) -> %j', (start, end, step, expected) => {
    expect(call('ArrayRange', args(start, end, step))).toEqual(expected);
  });

  it('ArrayRange allows 1000 items and refuses 1001', () => {
    expect(call('ArrayRange', args(1, 1000, 1))).toHaveLength(1000);
    expect(call('ArrayRange', args(0, 999_000, 1000))).toHaveLength(1000);
    expect(failureOf('ArrayRange', args(1, 1001, 1))).toEqual(invalid('ArrayRange'));
  });

  it.each<[string, JsonValue[]]>([
    ['a zero step', [1, 10, 0]],
    ['a step that truncates to zero', [1, 10, 0.5]],
    ['a string bound', ['a', 5, 1]],
    ['two arguments', [1, 5]],
  ])('ArrayRange fails on %s', (_why, values) => {
    expect(failureOf('ArrayRange', args(...values))).toEqual(invalid('ArrayRange'));
  });

  it('ArrayGetItem returns the item at an integer index inside the array', () => {
    expect(call('ArrayGetItem', args(['a', 'b', 'c'], 0))).toBe('a');
    expect(call('ArrayGetItem', args(['a', 'b', 'c'], 2))).toBe('c');
    expect(call('ArrayGetItem', args([null], 0))).toBeNull();
  });

  it.each<[string, JsonValue[]]>([
    ['an index past the end', [['a', 'b', 'c'], 3]],
    ['a negative index', [['a'], -1]],
    ['a fractional index', [['a', 'b'], 0.5]],
    ['a non-array', ['ab', 0]],
  ])('ArrayGetItem fails on %s', (_why, values) => {
    expect(failureOf('ArrayGetItem', args(...values))).toEqual(invalid('ArrayGetItem'));
  });

  it('ArrayLength counts the items of an array and nothing else', () => {
    expect(call('ArrayLength', args([]))).toBe(0);
    expect(call('ArrayLength', args([1, [2, 3]]))).toBe(2);
    expect(failureOf('ArrayLength', args('abc'))).toEqual(invalid('ArrayLength'));
  });

  it('ArrayUnique keeps the first of structurally equal items, in order', () => {
    expect(call('ArrayUnique', args([3, 1, 3, { a: 1, b: 2 }, { b: 2, a: 1 }, '1', 1]))).toEqual([3, 1, { a: 1, b: 2 }, '1']);
    expect(failureOf('ArrayUnique', args(1))).toEqual(invalid('ArrayUnique'));
  });
});

describe('States.Base64Encode / States.Base64Decode', () => {
  it('encodes and decodes UTF-8 text', () => {
    expect(call('Base64Encode', args('Hello World'))).toBe('SGVsbG8gV29ybGQ=');
    expect(call('Base64Encode', args('é🆗'))).toBe('w6nwn4aX');
    expect(call('Base64Decode', args('w6nwn4aX'))).toBe('é🆗');
    expect(call('Base64Decode', args('SGk'))).toBe('Hi');
    expect(call('Base64Decode', args(''))).toBe('');
  });

  it('accepts 10000 characters of input and refuses 10001', () => {
    expect(call('Base64Encode', args('a'.repeat(10_000)))).toHaveLength(13_336);
    expect(failureOf('Base64Encode', args('a'.repeat(10_001)))).toEqual(invalid('Base64Encode'));
    expect(call('Base64Decode', args('QUJD'.repeat(2_500)))).toBe('ABC'.repeat(2_500));
    expect(failureOf('Base64Decode', args(`${'QUJD'.repeat(2_500)}Q`))).toEqual(invalid('Base64Decode'));
  });

  it.each([['not base64!'], ['SGVsbG8==='], ['QUJDR'], ['SG-k'], ['=SGk']])('Base64Decode refuses %j', (text) => {
    expect(failureOf('Base64Decode', args(text))).toEqual(invalid('Base64Decode'));
  });

  it('refuses non-string input', () => {
    expect(failureOf('Base64Encode', args(1))).toEqual(invalid('Base64Encode'));
    expect(failureOf('Base64Decode', args(null))).toEqual(invalid('Base64Decode'));
  });
});

describe('States.Hash', () => {
  it.each([
    ['MD5', '812f45842bc6d66ee14572ce20db8e86'],
    ['SHA-1', 'aaff4a450a104cd177d28d18d74485e8cae074b7'],
    ['SHA-256', 'b4a697a057313163aee33cd8d40c66e9f0f177e00cac2de32475ffff6169c3e3'],
  ])('hashes text with %s', (algorithm, expected) => {
    expect(call('Hash', args('input data', algorithm))).toBe(expected);
  });

  it('hashes SHA-384 and SHA-512 as node:crypto does', () => {
    expect(call('Hash', args('x', 'SHA-384'))).toBe(createHash('sha384').update('x').digest('hex'));
    expect(call('Hash', args('x', 'SHA-512'))).toBe(createHash('sha512').update('x').digest('hex'));
  });

  it('hashes a non-string value as its compact JSON text', () => {
    expect(call('Hash', args({ a: [1, 2] }, 'MD5'))).toBe(createHash('md5').update('{"a":[1,2]}').digest('hex'));
    expect(call('Hash', args(12, 'MD5'))).toBe(createHash('md5').update('12').digest('hex'));
  });

  it.each<[string, JsonValue[]]>([
    ['an unknown algorithm', ['x', 'SHA-999']],
    ['a lower-case algorithm name', ['x', 'sha-256']],
    ['null data', [null, 'MD5']],
    ['more than 10000 characters', ['a'.repeat(10_001), 'MD5']],
    ['one argument', ['x']],
  ])('fails on %s', (_why, values) => {
    expect(failureOf('Hash', args(...values))).toEqual(invalid('Hash'));
  });

  it('accepts exactly 10000 characters', () => {
    expect(call('Hash', args('a'.repeat(10_000), 'MD5'))).toBe(createHash('md5').update('a'.repeat(10_000)).digest('hex'));
  });
});

describe('States.JsonMerge', () => {
  it('merges shallowly: the right object’s members replace the left’s whole', () => {
    const merged = call('JsonMerge', args({ a: { a1: 1 }, b: 2, d: 3 }, { a: { a3: 1 }, c: 3, d: 4 }, false));
    expect(merged).toEqual({ a: { a3: 1 }, b: 2, c: 3, d: 4 });
  });

  it('orders the keys as a java.util.HashMap iterates them', () => {
    expect(Object.keys(call('JsonMerge', args({ b: 1 }, { a: 2 }, false)) as object)).toEqual(['a', 'b']);
    expect(JSON.stringify(call('JsonMerge', args({ constant_in_literal: 'false' }, { constant_input_field: 'v' }, false)))).toBe(
      '{"constant_input_field":"v","constant_in_literal":"false"}',
    );
  });

  it.each<[string, JsonValue[]]>([
    ['a deep merge (true)', [{}, {}, true]],
    ['a non-boolean flag', [{}, {}, 'false']],
    ['a non-object side', [{}, [], false]],
    ['two arguments', [{}, {}]],
  ])('fails on %s', (_why, values) => {
    expect(failureOf('JsonMerge', args(...values))).toEqual(invalid('JsonMerge'));
  });
});

describe('States.MathRandom', () => {
  it('draws from [start, end), bounds truncated', () => {
    for (let i = 0; i < 200; i++) expect([3, 4, 5]).toContain(call('MathRandom', args(3.9, 6.2)));
  });

  it('with a seed, draws what java.util.Random(seed).nextInt(end - start) gives', () => {
    // Reference values from a JVM: new Random(3).nextInt(999) == 239, new Random(42).nextInt(10) == 0.
    expect(call('MathRandom', args(0, 999, 3))).toBe(239);
    expect(call('MathRandom', args(100, 110, 42))).toBe(100);
    expect(call('MathRandom', args(-5, 5, 123456789))).toBe(0);
  });

  it.each<[string, JsonValue[]]>([
    ['an empty range', [5, 5]],
    ['a range emptied by truncation', [1.4, 1.6]],
    ['start above end', [6, 3]],
    ['a range wider than a Java int', [-(2 ** 31), 2 ** 31]],
    ['a non-number seed', [1, 5, 'seed']],
    ['one argument', [1]],
    ['four arguments', [1, 5, 1, 1]],
  ])('fails on %s', (_why, values) => {
    expect(failureOf('MathRandom', args(...values))).toEqual(invalid('MathRandom'));
  });
});

describe('States.MathAdd', () => {
  it.each<[number, number, number]>([
    [1, 2, 3],
    [1.49, 1.5, 3],
    [-1.5, 0, -1],
    [-2.5, 0, -2],
    [2.5, 0, 3],
    [2 ** 31 - 1, 0, 2 ** 31 - 1],
    [-(2 ** 31), 0, -(2 ** 31)],
    [2 ** 31 - 1, 2 ** 31 - 1, 2 ** 32 - 2],
  ])('MathAdd(%d, %d) -> %d (each operand rounded half up)', (a, b, expected) => {
    expect(call('MathAdd', args(a, b))).toBe(expected);
  });

  it.each<[string, JsonValue[]]>([
    ['an operand above the Java int range', [2 ** 31, 0]],
    ['an operand below the Java int range', [0, -(2 ** 31) - 1]],
    ['a string operand', [1, 'NOT A NUMBER']],
    ['one operand', [1]],
  ])('fails on %s', (_why, values) => {
    expect(failureOf('MathAdd', args(...values))).toEqual(invalid('MathAdd'));
  });
});

describe('States.StringSplit', () => {
  it.each<[string, string, string[]]>([
    ['This.is+a,test=string', '.+,=', ['This', 'is', 'a', 'test', 'string']],
    ['a,b', ',', ['a', 'b']],
    [', , ,', ',', [' ', ' ']],
    [',,,,', ',', []],
    ['', ',', []],
    ['abc', '', ['abc']],
    ['a🆗b', '🆗', ['a', 'b']],
  ])('StringSplit(%j, %j) -> %j', (text, delimiters, expected) => {
    expect(call('StringSplit', args(text, delimiters))).toEqual(expected);
  });

  it('takes two strings', () => {
    expect(failureOf('StringSplit', args(1, ','))).toEqual(invalid('StringSplit'));
    expect(failureOf('StringSplit', args('a', 1))).toEqual(invalid('StringSplit'));
    expect(failureOf('StringSplit', args('a'))).toEqual(invalid('StringSplit'));
  });
});

describe('States.UUID', () => {
  it('returns a fresh version 4 UUID and takes no argument', () => {
    const first = call('UUID', args());
    expect(first).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(call('UUID', args())).not.toBe(first);
    expect(failureOf('UUID', args(1))).toEqual(invalid('UUID'));
  });
});
