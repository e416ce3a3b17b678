import { describe, expect, it } from 'vitest';
import { parsePath, toNormalizedPath, type ParsedPath, type PathSegment } from '@/lib/emulator/asl/json-path-syntax';
import { StatesError } from '@/lib/emulator/asl/states-error';

const property = (name: string): PathSegment => ({ kind: 'property', name });
const index = (i: number): PathSegment => ({ kind: 'index', index: i });

describe('parsePath: roots', () => {
  it.each<[string, ParsedPath]>([
    ['$', { root: { kind: 'input' }, rest: '', segments: [] }],
    ['$.a', { root: { kind: 'input' }, rest: '.a', segments: [property('a')] }],
    ['$$', { root: { kind: 'context' }, rest: '', segments: [] }],
    ['$$.Execution.Id', { root: { kind: 'context' }, rest: '.Execution.Id', segments: [property('Execution'), property('Id')] }],
    ['$myVar', { root: { kind: 'variable', name: 'myVar' }, rest: '', segments: [] }],
    ['$_x1.items[0]', { root: { kind: 'variable', name: '_x1' }, rest: '.items[0]', segments: [property('items'), index(0)] }],
  ])('%s', (path, expected) => {
    expect(parsePath(path)).toEqual(expected);
  });

  it('does not take a name starting with a digit as a variable', () => {
    expect(parsePath('$1abc')).toEqual({ root: { kind: 'input' }, rest: '1abc', segments: null });
  });

  it.each(['', 'a.b', '.a', ' $.a', 'States.Array()'])('refuses %j with States.Runtime "Invalid path"', (path) => {
    let thrown: unknown;
    try {
      parsePath(path);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(StatesError);
    expect(thrown).toMatchObject({ error: 'States.Runtime', causeText: `Invalid path '${path}'` });
  });
});

describe('parsePath: the steps of a definite path', () => {
  it.each<[string, PathSegment[]]>([
    ['$.a.b.c', [property('a'), property('b'), property('c')]],
    ['$.a[0][12]', [property('a'), index(0), index(12)]],
    ['$[-1]', [index(-1)]],
    ['$[ 2 ]', [index(2)]],
    ["$['a b']", [property('a b')]],
    ['$["x.y"][3].z', [property('x.y'), index(3), property('z')]],
    ["$['a]b']", [property('a]b')]],
    ['$.a-b:c', [property('a-b:c')]],
    ["$['']", [property('')]],
    // A backslash only keeps the quote from closing the name; the name is taken raw.
    ["$['it\\'s']", [property("it\\'s")]],
    ['$[\'Test\\""Name"\']', [property('Test\\""Name"')]],
  ])('%s', (path, expected) => {
    expect(parsePath(path).segments).toEqual(expected);
  });
});

describe('parsePath: indefinite or unusual paths have no steps (jsonpath-plus evaluates them)', () => {
  it.each([
    '$..a',
    '$.a..b',
    '$.*',
    '$.a[*]',
    '$.a[0:2]',
    '$.a[0,1]',
    "$['a','b']",
    '$.a[?(@.x)]',
    '$.a[b]',
    '$.a.',
    '$.a[0',
    "$['a'",
    "$['a'x]",
    '$a b',
  ])('%s', (path) => {
    expect(parsePath(path).segments).toBeNull();
  });

  it('keeps the text after the root as rest', () => {
    expect(parsePath('$$.Map..Value').rest).toBe('.Map..Value');
  });
});

describe('toNormalizedPath', () => {
  it.each<[PathSegment[], string]>([
    [[], '$'],
    [[property('a')], "$['a']"],
    [[property('a'), property('b'), index(0)], "$['a']['b'][0]"],
    [[index(-1), property('x.y')], "$[-1]['x.y']"],
  ])('%j -> %s', (segments, expected) => {
    expect(toNormalizedPath(segments)).toBe(expected);
  });

  it('round-trips a parsed definite path', () => {
    expect(toNormalizedPath(parsePath('$.a["b"][2].c').segments ?? [])).toBe("$['a']['b'][2]['c']");
  });
});
