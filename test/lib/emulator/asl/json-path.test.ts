import { describe, expect, it } from 'vitest';
import type { EvalContext } from '@/lib/emulator/asl/eval-context';
import { isPathPresent, readPath } from '@/lib/emulator/asl/json-path';
import type { JsonValue } from '@/lib/emulator/asl/json-value';
import { StatesError } from '@/lib/emulator/asl/states-error';
import { allStates, details, HAS_CASES, loadCase, payload, SKIP_REASON, stripStatePrefix } from '../../../support/corpus/aws-asl-cases';

const data: JsonValue = {
  a: { b: [10, 20, { c: 'deep' }] },
  'odd key': 1,
  'Test\\""Name"': 'Value"\\',
  items: [{ v: 1 }, { v: 2 }, { v: 3 }],
  nothing: null,
};
const ctx: EvalContext = {
  contextObject: { Execution: { Input: { x: 1 } }, Map: { Item: { Index: 2, Value: 'v' } } },
  variables: { items: [1, 2], cfg: { retries: 3 }, empty: null },
};

function causeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof StatesError) return `${error.error}: ${error.causeText}`;
    throw error;
  }
  throw new Error('expected a StatesError');
}

describe('readPath', () => {
  it.each<[string, JsonValue]>([
    ['$', data],
    ['$.a.b[0]', 10],
    ['$.a.b[-1].c', 'deep'],
    ["$['odd key']", 1],
    ['$["odd key"]', 1],
    ['$[\'Test\\""Name"\']', 'Value"\\'],
    ['$.nothing', null],
    ['$.items[*].v', [1, 2, 3]],
    ['$.items[1:].v', [2, 3]],
    ['$.items[?(@.v > 1)].v', [2, 3]],
    ['$..c', ['deep']],
    ['$.missing[*]', []],
    ['$$', ctx.contextObject],
    ['$$.Execution.Input.x', 1],
    ['$$.Map.Item.Index', 2],
    ['$items', [1, 2]],
    ['$items[1]', 2],
    ['$cfg.retries', 3],
    ['$empty', null],
  ])('%s', (path, expected) => {
    expect(readPath(path, data, ctx, 'InputPath')).toEqual(expected);
  });

  it('reports a missing leaf the way Jayway does: No results for path', () => {
    expect(causeOf(() => readPath('$.NoSuchInputPath', { 'int-literal': 0 }, ctx, 'InputPath'))).toBe(
      "States.Runtime: Invalid path '$.NoSuchInputPath' : No results for path: $['NoSuchInputPath']",
    );
    expect(causeOf(() => readPath('$.a.b[7]', data, ctx, 'OutputPath'))).toBe(
      "States.Runtime: Invalid path '$.a.b[7]' : No results for path: $['a']['b'][7]",
    );
  });

  it('reports a missing intermediate property as Missing property in path', () => {
    expect(causeOf(() => readPath('$.x.y', data, ctx, 'ItemsPath'))).toBe(
      "States.Runtime: Invalid path '$.x.y' : Missing property in path $['x']",
    );
  });

  it('names the field and the input for template keys, ErrorPath and CausePath', () => {
    expect(causeOf(() => readPath('$.ErrorX', { Error: 'e' }, ctx, 'ErrorPath'))).toBe(
      `States.Runtime: The JSONPath '$.ErrorX' specified for the field 'ErrorPath' could not be found in the input '{"Error":"e"}'`,
    );
    expect(causeOf(() => readPath('$$.Execution.Input.no', { a: 1 }, ctx, 'value.$'))).toBe(
      `States.Runtime: The JSONPath '$$.Execution.Input.no' specified for the field 'value.$' could not be found in the input '{"a":1}'`,
    );
  });

  it("uses the Wait state's wording for SecondsPath and TimestampPath", () => {
    expect(causeOf(() => readPath('$.input.waitSeconds', {}, ctx, 'SecondsPath'))).toBe(
      'States.Runtime: The SecondsPath parameter does not reference an input value: $.input.waitSeconds',
    );
    expect(causeOf(() => readPath('$.at', {}, ctx, 'TimestampPath'))).toBe(
      'States.Runtime: The TimestampPath parameter does not reference an input value: $.at',
    );
  });

  it('fails for an undefined variable', () => {
    expect(() => readPath('$noSuchVar', data, ctx, 'InputPath')).toThrow(StatesError);
  });

  it('rejects text that is not a path', () => {
    expect(() => readPath('a.b', data, ctx, 'InputPath')).toThrow(StatesError);
  });
});

describe('isPathPresent', () => {
  it.each<[string, boolean]>([
    ['$.a.b[2].c', true],
    ['$.nothing', true],
    ['$.a.b[3]', false],
    ['$.zzz', false],
    ['$.zzz.yyy', false],
    ['$.items[*].v', true],
    ['$.missing[*]', false],
    ['$cfg', true],
    ['$nope', false],
    ['$$.Map.Item.Value', true],
  ])('%s -> %s', (path, expected) => {
    expect(isPathPresent(path, data, ctx)).toBe(expected);
  });
});

/** Each case fails the last state it entered because one path does not resolve. */
const RECORDED_FAILURES: Array<[caseName: string, field: string]> = [
  ['scenarios__base_scenarios__invalid_jsonpath__ST.INVALID_JSONPATH_IN_INPUTPATH', 'InputPath'],
  ['scenarios__base_scenarios__invalid_jsonpath__ST.INVALID_JSONPATH_IN_OUTPUTPATH', 'OutputPath'],
  ['scenarios__base_scenarios__invalid_jsonpath__ST.INVALID_JSONPATH_IN_TIMEOUTSECONDSPATH', 'TimeoutSecondsPath'],
  ['scenarios__base_scenarios__invalid_jsonpath__ST.INVALID_JSONPATH_IN_HEARTBEATSECONDSPATH', 'HeartbeatSecondsPath'],
  ['scenarios__base_scenarios__invalid_jsonpath__INVALID_JSONPATH_IN_ERRORPATH', 'ErrorPath'],
  ['scenarios__base_scenarios__invalid_jsonpath__ST.INVALID_JSONPATH_IN_CAUSEPATH', 'CausePath'],
  ['scenarios__base_scenarios__invalid_jsonpath__INVALID_JSONPATH_IN_STRING_EXPR_JSONPATH', 'value.$'],
  ['scenarios__base_scenarios__invalid_jsonpath__INVALID_JSONPATH_IN_STRING_EXPR_CONTEXTPATH', 'value.$'],
  ['logs__logs__base__wait_seconds_path.json5_ALL_False', 'SecondsPath'],
];

describe.skipIf(!HAS_CASES)(`readPath errors against recorded AWS causes (${HAS_CASES ? 'recordings found' : SKIP_REASON})`, () => {
  it.each(RECORDED_FAILURES)('%s (%s)', (caseName, field) => {
    const recorded = loadCase(caseName);
    const entered = recorded.events.filter((e) => e.type.endsWith('StateEntered')).at(-1);
    const failed = recorded.events.find((e) => e.type === 'ExecutionFailed');
    if (!entered || !failed) throw new Error('case has no failing state');
    const state = allStates(recorded.definition).get(String(details(entered).name));
    const parameters = state?.Parameters;
    const path =
      field.endsWith('.$') && parameters && typeof parameters === 'object' && !Array.isArray(parameters)
        ? parameters[field]
        : state?.[field];
    if (typeof path !== 'string') throw new Error(`no ${field} in the definition`);
    const input = payload(details(entered).input);
    const started = recorded.events.find((e) => e.type === 'ExecutionStarted');
    const caseCtx: EvalContext = {
      contextObject: { Execution: { Input: started ? payload(details(started).input) : null } },
      variables: {},
    };
    // The recorder replaced the quoted input JSON at the end of a cause with <json-input:N>.
    const actual = causeOf(() => readPath(path, input, caseCtx, field)).replace(/'\{.*\}'$/, "'<json-input:1>'");
    expect(actual).toBe(`${String(details(failed).error)}: ${stripStatePrefix(String(details(failed).cause))}`);
  });
});
