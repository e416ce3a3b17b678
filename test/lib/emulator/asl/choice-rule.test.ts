import { describe, expect, it } from 'vitest';
import { evaluateChoiceRule, matchesPattern } from '@/lib/emulator/asl/choice-rule';
import type { EvalContext } from '@/lib/emulator/asl/eval-context';
import type { JsonObject, JsonValue } from '@/lib/emulator/asl/json-value';
import { StatesError } from '@/lib/emulator/asl/states-error';
import { allStates, details, HAS_CASES, isFaithful, loadCases, payload, SKIP_REASON } from '../../../support/corpus/aws-asl-cases';

const input: JsonValue = {
  s: 'banana',
  other: 'cherry',
  n: 22,
  ten: 10,
  b: true,
  f: false,
  z: null,
  t: '2016-03-14T01:59:00Z',
  later: '2016-03-14T03:59:00+01:00',
  bad: '2016-13-05T21:29:29Z',
  star: 'a*b',
};
const ctx: EvalContext = { contextObject: { Execution: { Input: { n: 22 } } }, variables: { limit: 20 } };

const rule = (r: JsonObject) => evaluateChoiceRule(r, input, ctx);

describe('evaluateChoiceRule comparisons', () => {
  it.each<[JsonObject, boolean]>([
    [{ Variable: '$.s', StringEquals: 'banana' }, true],
    [{ Variable: '$.s', StringEquals: 'Banana' }, false],
    [{ Variable: '$.s', StringLessThan: 'cherry' }, true],
    [{ Variable: '$.s', StringGreaterThan: 'apple' }, true],
    [{ Variable: '$.s', StringLessThanEquals: 'banana' }, true],
    [{ Variable: '$.s', StringGreaterThanEquals: 'bananas' }, false],
    [{ Variable: '$.s', StringEqualsPath: '$.other' }, false],
    [{ Variable: '$.s', StringLessThanPath: '$.other' }, true],
    [{ Variable: '$.s', StringGreaterThanPath: '$.other' }, false],
    [{ Variable: '$.s', StringLessThanEqualsPath: '$.other' }, true],
    [{ Variable: '$.s', StringGreaterThanEqualsPath: '$.s' }, true],
    [{ Variable: '$.n', StringEquals: '22' }, false],
    [{ Variable: '$.s', StringMatches: 'ban*' }, true],
    [{ Variable: '$.s', StringMatches: '*nan*' }, true],
    [{ Variable: '$.s', StringMatches: 'b*x' }, false],
    [{ Variable: '$.star', StringMatches: 'a\\*b' }, true],
    [{ Variable: '$.s', StringMatches: 'b\\*' }, false],
    [{ Variable: '$.n', NumericEquals: 22 }, true],
    [{ Variable: '$.n', NumericEquals: 22.0001 }, false],
    [{ Variable: '$.n', NumericLessThan: 30 }, true],
    [{ Variable: '$.n', NumericGreaterThan: 30 }, false],
    [{ Variable: '$.n', NumericLessThanEquals: 22 }, true],
    [{ Variable: '$.n', NumericGreaterThanEquals: 22 }, true],
    [{ Variable: '$.n', NumericEqualsPath: '$$.Execution.Input.n' }, true],
    [{ Variable: '$.n', NumericLessThanPath: '$.ten' }, false],
    [{ Variable: '$.n', NumericGreaterThanPath: '$limit' }, true],
    [{ Variable: '$.n', NumericLessThanEqualsPath: '$.n' }, true],
    [{ Variable: '$.n', NumericGreaterThanEqualsPath: '$.ten' }, true],
    [{ Variable: '$.s', NumericEquals: 0 }, false],
    [{ Variable: '$.b', BooleanEquals: true }, true],
    [{ Variable: '$.f', BooleanEquals: true }, false],
    [{ Variable: '$.b', BooleanEqualsPath: '$.f' }, false],
    [{ Variable: '$.n', BooleanEquals: true }, false],
    [{ Variable: '$.t', TimestampEquals: '2016-03-14T01:59:00Z' }, true],
    [{ Variable: '$.t', TimestampEquals: '2016-03-14T02:59:00+01:00' }, true],
    [{ Variable: '$.t', TimestampLessThan: '2016-03-14T01:59:00.001Z' }, true],
    [{ Variable: '$.t', TimestampGreaterThan: '2016-03-14T01:58:59Z' }, true],
    [{ Variable: '$.t', TimestampLessThanEquals: '2016-03-14T01:59:00Z' }, true],
    [{ Variable: '$.t', TimestampGreaterThanEquals: '2016-03-15T00:00:00Z' }, false],
    [{ Variable: '$.t', TimestampEqualsPath: '$.later' }, false],
    [{ Variable: '$.t', TimestampLessThanPath: '$.later' }, true],
    [{ Variable: '$.t', TimestampGreaterThanPath: '$.later' }, false],
    [{ Variable: '$.t', TimestampLessThanEqualsPath: '$.later' }, true],
    [{ Variable: '$.later', TimestampGreaterThanEqualsPath: '$.t' }, true],
    [{ Variable: '$.bad', TimestampLessThan: '2020-01-01T00:00:00Z' }, false],
    [{ Variable: '$.s', TimestampEquals: '2016-03-14T01:59:00Z' }, false],
  ])('%j -> %s', (r, expected) => {
    expect(rule(r)).toBe(expected);
  });
});

describe('evaluateChoiceRule type tests', () => {
  it.each<[JsonObject, boolean]>([
    [{ Variable: '$.z', IsNull: true }, true],
    [{ Variable: '$.s', IsNull: true }, false],
    [{ Variable: '$.s', IsNull: false }, true],
    [{ Variable: '$.s', IsPresent: true }, true],
    [{ Variable: '$.missing', IsPresent: true }, false],
    [{ Variable: '$.missing', IsPresent: false }, true],
    [{ Variable: '$.z', IsPresent: true }, true],
    [{ Variable: '$.n', IsNumeric: true }, true],
    [{ Variable: '$.s', IsNumeric: true }, false],
    [{ Variable: '$.s', IsString: true }, true],
    [{ Variable: '$.n', IsString: true }, false],
    [{ Variable: '$.f', IsBoolean: true }, true],
    [{ Variable: '$.z', IsBoolean: true }, false],
    [{ Variable: '$.t', IsTimestamp: true }, true],
    [{ Variable: '$.bad', IsTimestamp: true }, false],
    [{ Variable: '$.s', IsTimestamp: false }, true],
  ])('%j -> %s', (r, expected) => {
    expect(rule(r)).toBe(expected);
  });
});

describe('evaluateChoiceRule composition', () => {
  it('combines And, Or and Not, including single-member composites', () => {
    const inTwenties: JsonObject = {
      And: [
        { Variable: '$.n', NumericGreaterThanEquals: 20 },
        { Variable: '$.n', NumericLessThan: 30 },
      ],
    };
    expect(rule(inTwenties)).toBe(true);
    expect(rule({ Not: inTwenties })).toBe(false);
    expect(
      rule({
        Or: [
          { Variable: '$.s', StringEquals: 'x' },
          { Variable: '$.b', BooleanEquals: true },
        ],
      }),
    ).toBe(true);
    expect(rule({ Or: [{ Variable: '$.s', StringEquals: 'x' }] })).toBe(false);
    expect(rule({ And: [{ Variable: '$.s', StringEquals: 'banana' }] })).toBe(true);
  });

  it("fails a comparison on a missing Variable with AWS's invalid-value message", () => {
    let caught: unknown;
    try {
      rule({ Variable: '$.missing', StringEquals: 'x' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(StatesError);
    expect((caught as StatesError).causeText).toBe(
      "Invalid path '$.missing': The choice state's condition path references an invalid value.",
    );
    expect(() => rule({ Variable: '$.n', NumericEqualsPath: '$.nope' })).toThrow(StatesError);
  });

  it('rejects a rule without an operator', () => {
    expect(() => rule({ Variable: '$.n' })).toThrow(StatesError);
    expect(() => rule({ Next: 'x' })).toThrow(StatesError);
  });
});

describe('matchesPattern', () => {
  it.each<[string, string, boolean]>([
    ['log-2024.txt', 'log-*.txt', true],
    ['log.txt', 'log-*.txt', false],
    ['a*b', 'a\\*b', true],
    ['axb', 'a\\*b', false],
    ['a\\b', 'a\\\\b', true],
    ['(x)[y]', '(x)[*]', true],
    ['line1\nline2', 'line1*', true],
  ])('%s matches %s: %s', (value, pattern, expected) => {
    expect(matchesPattern(value, pattern)).toBe(expected);
  });
});

describe.skipIf(!HAS_CASES)(`evaluateChoiceRule against recorded AWS choices (${HAS_CASES ? 'recordings found' : SKIP_REASON})`, () => {
  const rows = loadCases()
    .filter(isFaithful)
    .flatMap((recorded) => {
      const states = allStates(recorded.definition);
      return recorded.events.flatMap((event, i) => {
        if (event.type !== 'ChoiceStateEntered') return [];
        const state = states.get(String(details(event).name));
        const next = recorded.events.slice(i + 1).find((e) => e.type.endsWith('StateEntered'));
        if (!state || state.QueryLanguage === 'JSONata' || !Array.isArray(state.Choices) || !next) return [];
        return [{ name: recorded.name, state, input: payload(details(event).input), expected: String(details(next).name) }];
      });
    });

  it('finds recorded JSONPath Choice states', () => {
    expect(rows.length).toBeGreaterThanOrEqual(4);
  });

  it.each(rows)('$name picks $expected', ({ state, input: recordedInput, expected }) => {
    const choices = state.Choices as JsonObject[];
    const recordedCtx: EvalContext = { contextObject: {}, variables: {} };
    const match = choices.find((choice) => evaluateChoiceRule(choice, recordedInput, recordedCtx));
    expect(match ? match.Next : state.Default).toBe(expected);
  });
});
