import { describe, expect, it } from 'vitest';
import { parseIntrinsic, type IntrinsicNode } from '@/lib/emulator/asl/intrinsic-parser';
import { StatesError } from '@/lib/emulator/asl/states-error';

function call(name: string, ...args: IntrinsicNode[]): IntrinsicNode {
  return { kind: 'call', name, args };
}

function failureOf(expression: string): { error: string; causeText: string } {
  try {
    parseIntrinsic(expression);
  } catch (error) {
    if (error instanceof StatesError) return { error: error.error, causeText: error.causeText };
    throw error;
  }
  throw new Error(`expected ${expression} not to parse`);
}

describe('parseIntrinsic: calls', () => {
  it.each<[string, IntrinsicNode]>([
    ['States.UUID()', call('UUID')],
    ['States.UUID( )', call('UUID')],
    ['  States.Array (1)  ', call('Array', { kind: 'number', value: 1 })],
    ['States.Array(States.Array(), States.UUID())', call('Array', call('Array'), call('UUID'))],
    ['States.Whatever2(null)', call('Whatever2', { kind: 'null' })],
  ])('%s', (expression, expected) => {
    expect(parseIntrinsic(expression)).toEqual(expected);
  });
});

describe('parseIntrinsic: literal arguments', () => {
  it.each<[string, IntrinsicNode]>([
    ['0', { kind: 'number', value: 0 }],
    ['-12', { kind: 'number', value: -12 }],
    ['1.25', { kind: 'number', value: 1.25 }],
    ['1e3', { kind: 'number', value: 1000 }],
    ['2.5E-2', { kind: 'number', value: 0.025 }],
    ['true', { kind: 'boolean', value: true }],
    ['false', { kind: 'boolean', value: false }],
    ['null', { kind: 'null' }],
    ["''", { kind: 'string', value: '', raw: '' }],
    ["'a, b)'", { kind: 'string', value: 'a, b)', raw: 'a, b)' }],
  ])('%s', (argument, expected) => {
    expect(parseIntrinsic(`States.Array(${argument})`)).toEqual(call('Array', expected));
  });

  it('unescapes a string literal but keeps its raw text for States.Format', () => {
    expect(parseIntrinsic("States.Format('it\\'s \\{\\} \\\\ {}')")).toEqual(
      call('Format', { kind: 'string', value: "it's {} \\ {}", raw: "it\\'s \\{\\} \\\\ {}" }),
    );
  });
});

describe('parseIntrinsic: path arguments', () => {
  it.each<[string, string]>([
    ['$', '$'],
    ['$.a.b', '$.a.b'],
    ['$$.Map.Item.Value', '$$.Map.Item.Value'],
    ['$myVar', '$myVar'],
    ['$.a  ', '$.a'],
    ["$['odd,key']", "$['odd,key']"],
    ['$["x)y"]', '$["x)y"]'],
    ['$.a[0,1]', '$.a[0,1]'],
    ['$.a[?(@.x > 1)].x', '$.a[?(@.x > 1)].x'],
    ["$.a[?(@.s == 'p,q)')]", "$.a[?(@.s == 'p,q)')]"],
    ["$['it\\'s,here']", "$['it\\'s,here']"],
  ])('%s runs to the next top-level comma or parenthesis', (path, expected) => {
    expect(parseIntrinsic(`States.Array(${path}, 1)`)).toEqual(
      call('Array', { kind: 'path', path: expected }, { kind: 'number', value: 1 }),
    );
  });

  it('takes a path as the last argument too', () => {
    expect(parseIntrinsic('States.Format($.t,$.v)')).toEqual(call('Format', { kind: 'path', path: '$.t' }, { kind: 'path', path: '$.v' }));
  });
});

describe('parseIntrinsic: malformed text fails with States.IntrinsicFailure', () => {
  it.each<[string, string]>([
    ['$.a', 'expected States.<Function>('],
    ['States.Format', 'expected States.<Function>('],
    ['states.Format(1)', 'expected States.<Function>('],
    ['States.(1)', 'expected States.<Function>('],
    ['States.Array(States.Bad.Name(1))', 'expected States.<Function>('],
    ['States.Array(1) x', 'unexpected text after the closing parenthesis'],
    ['States.Array(1))', 'unexpected text after the closing parenthesis'],
    ["States.Format('x", 'unterminated string literal'],
    ["States.Format('x\\')", 'unterminated string literal'],
    ['States.Array(1', "expected ',' or ')'"],
    ['States.Array(1 2)', "expected ',' or ')'"],
    ["States.Array('a' 'b')", "expected ',' or ')'"],
    ['States.Array(1.)', "expected ',' or ')'"],
    ['States.Array($.a', "expected ',' or ')'"],
    ['States.Array(1,)', 'unexpected argument at position 15'],
    ['States.Array(,1)', 'unexpected argument at position 13'],
    ['States.Array(.5)', 'unexpected argument at position 13'],
    ['States.Array(+1)', 'unexpected argument at position 13'],
    ['States.Array(nullx)', 'unexpected argument at position 13'],
    ['States.Array(True)', 'unexpected argument at position 13'],
    ['States.Array("x")', 'unexpected argument at position 13'],
  ])('%s: %s', (expression, reason) => {
    expect(failureOf(expression)).toEqual({
      error: 'States.IntrinsicFailure',
      causeText: `Invalid intrinsic function call '${expression}': ${reason}`,
    });
  });
});
