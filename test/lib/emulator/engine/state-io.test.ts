import { describe, expect, it } from 'vitest';
import type { JsonObject, JsonValue } from '@/lib/emulator/asl/json-value';
import { StatesError } from '@/lib/emulator/asl/states-error';
import { contextObject } from '@/lib/emulator/engine/context-object';
import {
  applyInputPath,
  applyOutputPath,
  applyParameters,
  applyResultSelector,
  applyStateResultPath,
  assignAndOutputJsonata,
  assignJsonata,
  assignJsonPath,
  evalContext,
  isObject,
  jsonataBindings,
  outputJsonata,
} from '@/lib/emulator/engine/state-io';
import { makeFrame, rejectionOf, thrownBy } from '../../../support/emulator-engine/state-frame';

const INPUT = { a: { b: 1 }, list: [10, 20], name: 'in' };

function frameFor(state: JsonObject, variables: Record<string, JsonValue> = {}) {
  return makeFrame({ state: { Type: 'Pass', ...state }, variables }).frame;
}

describe('evalContext', () => {
  it('pairs the state’s $$ with the visible variables', () => {
    const { frame } = makeFrame({ variables: { v: 1 } });
    const ctx = evalContext(frame);
    expect(ctx.contextObject).toEqual(contextObject(frame));
    expect(ctx.variables).toBe(frame.branch.variables);
  });

  it('takes an override for $$', () => {
    const { frame } = makeFrame();
    expect(evalContext(frame, { Map: { Item: { Index: 1 } } }).contextObject).toEqual({ Map: { Item: { Index: 1 } } });
  });
});

describe('jsonataBindings', () => {
  it('binds $states.input and $states.context, and the variables', () => {
    const { frame } = makeFrame({ variables: { v: 1 } });
    const bindings = jsonataBindings(frame, INPUT);
    expect(bindings.states).toEqual({ input: INPUT, context: contextObject(frame) });
    expect(bindings.variables).toBe(frame.branch.variables);
  });

  it('adds result and errorOutput only when they are given', () => {
    const { frame } = makeFrame();
    expect(Object.keys(jsonataBindings(frame, 1, { result: 2 }).states)).toEqual(['input', 'context', 'result']);
    expect(jsonataBindings(frame, 1, { result: null }).states.result).toBeNull();
    expect(jsonataBindings(frame, 1, { result: undefined }).states).not.toHaveProperty('result');
    expect(jsonataBindings(frame, 1, { errorOutput: { Error: 'E' } }).states).toMatchObject({ errorOutput: { Error: 'E' } });
    expect(jsonataBindings(frame, 1, { context: { c: 1 } }).states.context).toEqual({ c: 1 });
  });
});

describe('applyInputPath / applyOutputPath', () => {
  it.each<[string, JsonObject, JsonValue]>([
    ['absent keeps the value', {}, INPUT],
    ['$ keeps the value', { P: '$' }, INPUT],
    ['a path selects part of it', { P: '$.a' }, { b: 1 }],
    ['null gives an empty object', { P: null }, {}],
    ['a context path reads $$', { P: '$$.State.Name' }, 'S'],
    ['a variable path reads the variable', { P: '$v.x' }, 5],
  ])('%s', (_why, fields, expected) => {
    const has = Object.hasOwn(fields, 'P');
    const inputFrame = frameFor(has ? { InputPath: fields.P ?? null } : {}, { v: { x: 5 } });
    const outputFrame = frameFor(has ? { OutputPath: fields.P ?? null } : {}, { v: { x: 5 } });
    expect(applyInputPath(inputFrame, INPUT, evalContext(inputFrame))).toEqual(expected);
    expect(applyOutputPath(outputFrame, INPUT, evalContext(outputFrame))).toEqual(expected);
  });

  it('fails with States.Runtime in AWS’s words when the path finds nothing', () => {
    const frame = frameFor({ InputPath: '$.missing', OutputPath: '$.missing' });
    const expected = { error: 'States.Runtime', causeText: "Invalid path '$.missing' : No results for path: $['missing']" };
    const input = thrownBy(() => applyInputPath(frame, INPUT, evalContext(frame)));
    expect(input).toBeInstanceOf(StatesError);
    expect(input).toMatchObject(expected);
    expect(thrownBy(() => applyOutputPath(frame, INPUT, evalContext(frame)))).toMatchObject(expected);
  });
});

describe('applyParameters', () => {
  it('returns the effective input when there is no template', () => {
    const frame = frameFor({});
    expect(applyParameters(frame, INPUT, evalContext(frame))).toBe(INPUT);
  });

  it('evaluates the template against the effective input and $$', () => {
    const frame = frameFor({ Parameters: { fixed: 'x', 'b.$': '$.a.b', 'state.$': '$$.State.Name', 'n.$': 'States.ArrayLength($.list)' } });
    expect(applyParameters(frame, INPUT, evalContext(frame))).toEqual({ fixed: 'x', b: 1, state: 'S', n: 2 });
  });

  it('reads the template from another field when told (ItemSelector, Arguments)', () => {
    const frame = frameFor({ Parameters: { wrong: true }, ItemSelector: { 'name.$': '$.name' } });
    expect(applyParameters(frame, INPUT, evalContext(frame), 'ItemSelector')).toEqual({ name: 'in' });
  });

  it('reports a path that finds nothing under its template key', () => {
    const frame = frameFor({ ItemSelector: { 'x.$': '$.missing' } });
    const error = thrownBy(() => applyParameters(frame, { a: 1 }, evalContext(frame), 'ItemSelector'));
    expect(error).toBeInstanceOf(StatesError);
    expect(error).toMatchObject({
      error: 'States.Runtime',
      causeText: `The JSONPath '$.missing' specified for the field 'x.$' could not be found in the input '{"a":1}'`,
    });
  });
});

describe('applyResultSelector', () => {
  it('returns the result itself without a ResultSelector', () => {
    const frame = frameFor({});
    const result = { r: 1 };
    expect(applyResultSelector(frame, result, evalContext(frame))).toBe(result);
  });

  it('evaluates the selector against the result, not the input', () => {
    const frame = frameFor({ ResultSelector: { 'r.$': '$.r', 'all.$': '$' } });
    expect(applyResultSelector(frame, { r: 1 }, evalContext(frame))).toEqual({ r: 1, all: { r: 1 } });
  });
});

describe('applyStateResultPath', () => {
  it.each<[string, JsonObject, JsonValue]>([
    ['absent: the result replaces the input', {}, 'R'],
    ['$: the result replaces the input', { ResultPath: '$' }, 'R'],
    ['null: the input passes through, the result is dropped', { ResultPath: null }, INPUT],
    ['a path: the result is merged into a copy of the raw input', { ResultPath: '$.out' }, { ...INPUT, out: 'R' }],
    ['a nested path creates the objects on the way', { ResultPath: '$.x.y' }, { ...INPUT, x: { y: 'R' } }],
  ])('%s', (_why, fields, expected) => {
    const frame = frameFor(fields);
    expect(applyStateResultPath(frame, INPUT, 'R')).toEqual(expected);
  });

  it('leaves the raw input unchanged', () => {
    const input = { keep: { deep: 1 } };
    applyStateResultPath(frameFor({ ResultPath: '$.keep.more' }), input, 2);
    expect(input).toEqual({ keep: { deep: 1 } });
  });

  it('reads ResultPath from another holder (a Catch rule) when given', () => {
    const frame = frameFor({ ResultPath: '$.state' });
    expect(applyStateResultPath(frame, { i: 1 }, 'E', { ResultPath: '$.error' })).toEqual({ i: 1, error: 'E' });
    expect(applyStateResultPath(frame, { i: 1 }, 'E', {})).toBe('E');
  });

  it('fails with States.ResultPathMatchFailure when the path runs into a non-object', () => {
    const error = thrownBy(() => applyStateResultPath(frameFor({ ResultPath: '$.name.x' }), INPUT, 'R'));
    expect(error).toMatchObject({ error: 'States.ResultPathMatchFailure' });
  });
});

describe('assignJsonPath', () => {
  it('returns undefined when the state has no Assign', () => {
    const frame = frameFor({});
    expect(assignJsonPath(frame, undefined, 1, evalContext(frame))).toBeUndefined();
  });

  it('evaluates Assign with $ as the given value and variables visible', () => {
    const frame = frameFor({}, { old: 'o' });
    expect(assignJsonPath(frame, { fixed: 1, 'got.$': '$.r', 'prev.$': '$old' }, { r: 'value' }, evalContext(frame))).toEqual({
      fixed: 1,
      got: 'value',
      prev: 'o',
    });
  });

  it('gives an empty assignment for an Assign that is not an object', () => {
    const frame = frameFor({});
    expect(assignJsonPath(frame, 'x', 1, evalContext(frame))).toEqual({});
    expect(assignJsonPath(frame, [1], 1, evalContext(frame))).toEqual({});
    expect(assignJsonPath(frame, {}, 1, evalContext(frame))).toEqual({});
  });
});

describe('JSONata: assignJsonata, outputJsonata, assignAndOutputJsonata', () => {
  it('assignJsonata returns undefined without Assign and {} for a non-object result', async () => {
    const bindings = jsonataBindings(makeFrame().frame, INPUT);
    await expect(assignJsonata(undefined, bindings)).resolves.toBeUndefined();
    await expect(assignJsonata('{% 1 %}', bindings)).resolves.toEqual({});
    await expect(assignJsonata({ n: '{% $states.input.name %}', lit: 2 }, bindings)).resolves.toEqual({ n: 'in', lit: 2 });
  });

  it('outputJsonata falls back when Output is absent, and evaluates it otherwise (null included)', async () => {
    const bindings = jsonataBindings(makeFrame().frame, INPUT);
    await expect(outputJsonata({}, bindings, 'fallback')).resolves.toBe('fallback');
    await expect(outputJsonata({ Output: '{% $states.input.list[1] %}' }, bindings, 'fallback')).resolves.toBe(20);
    await expect(outputJsonata({ Output: null }, bindings, 'fallback')).resolves.toBeNull();
  });

  it('outputJsonata fails with States.QueryEvaluationError located at Output', async () => {
    const error = await rejectionOf(
      outputJsonata({ Output: '{% $states.input.nothing %}' }, jsonataBindings(makeFrame().frame, INPUT), null),
    );
    expect(error).toMatchObject({ error: 'States.QueryEvaluationError', location: 'Output' });
  });

  it('assignAndOutputJsonata lets Assign and Output both see $states.result and the variables before the assignment', async () => {
    const { frame } = makeFrame({ queryLanguage: 'JSONata', variables: { count: 1 } });
    const holder = { Assign: { count: '{% $count + $states.result %}' }, Output: { count: '{% $count %}', input: '{% $states.input %}' } };
    await expect(assignAndOutputJsonata(frame, holder, 'raw', null, { result: 10 })).resolves.toEqual({
      assigned: { count: 11 },
      output: { count: 1, input: 'raw' },
    });
  });

  it('assignAndOutputJsonata exposes $states.errorOutput to a catcher', async () => {
    const { frame } = makeFrame({ queryLanguage: 'JSONata' });
    await expect(
      assignAndOutputJsonata(frame, { Output: '{% $states.errorOutput.Error %}' }, {}, null, { errorOutput: { Error: 'Boom' } }),
    ).resolves.toEqual({ assigned: undefined, output: 'Boom' });
  });
});

describe('isObject', () => {
  it.each<[JsonValue | undefined, boolean]>([
    [{}, true],
    [{ a: 1 }, true],
    [[], false],
    [null, false],
    ['x', false],
    [0, false],
    [undefined, false],
  ])('%j -> %s', (value, expected) => {
    expect(isObject(value)).toBe(expected);
  });
});
