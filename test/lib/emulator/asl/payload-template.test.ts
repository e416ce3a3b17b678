import { describe, expect, it } from 'vitest';
import type { EvalContext } from '@/lib/emulator/asl/eval-context';
import type { JsonObject, JsonValue } from '@/lib/emulator/asl/json-value';
import { evaluatePayloadTemplate } from '@/lib/emulator/asl/payload-template';
import { StatesError } from '@/lib/emulator/asl/states-error';
import {
  allStates,
  details,
  executionInput,
  HAS_CASES,
  isFaithful,
  loadCases,
  payload,
  payloadText,
  type RecordedCase,
  SKIP_REASON,
  variablesBefore,
} from '../../../support/corpus/aws-asl-cases';

const ctx: EvalContext = {
  contextObject: { Execution: { Id: 'arn:exec', Input: { from: 'ctx' } } },
  variables: { bucket: 'test-name', list: [1, 2] },
};

describe('evaluatePayloadTemplate', () => {
  it('resolves `.$` keys from paths, context, variables and intrinsics and copies the rest', () => {
    const template = {
      static: 'Hello',
      notAPath: '$.title',
      'title.$': '$.title',
      'id.$': '$$.Execution.Id',
      'bucket.$': '$bucket',
      'count.$': 'States.ArrayLength($list)',
      nested: { 'first.$': '$list[0]', arr: [{ 'v.$': '$.title' }, '$.title', 3] },
    };
    expect(evaluatePayloadTemplate(template, { title: 'T' }, ctx, 'Parameters')).toEqual({
      static: 'Hello',
      notAPath: '$.title',
      nested: { arr: [{ v: 'T' }, '$.title', 3], first: 1 },
      title: 'T',
      id: 'arn:exec',
      bucket: 'test-name',
      count: 2,
    });
  });

  it('puts static keys first and dynamic keys in java.util.HashMap order', () => {
    const result = evaluatePayloadTemplate(
      { 'Question.$': '$.q', 'Answer.$': '$.a', from_previous: ['x'], Bucket: 'b' },
      { q: 'Q', a: 'A' },
      ctx,
      'Parameters',
    );
    expect(Object.keys(result as JsonObject)).toEqual(['from_previous', 'Bucket', 'Answer', 'Question']);
  });

  it('keeps a purely static object in declared order', () => {
    const result = evaluatePayloadTemplate({ z: 1, a: 2, m: { y: 1, b: 2 } }, {}, ctx, 'Parameters');
    expect(JSON.stringify(result)).toBe('{"z":1,"a":2,"m":{"y":1,"b":2}}');
  });

  it('returns [] for a wildcard or slice that matches nothing, as AWS does', () => {
    for (const path of ['$.items[*]', '$.items[1:]', '$.item.items[1:5].itemValue', '$.x[*]', '$..nothing']) {
      expect(evaluatePayloadTemplate({ 'item.$': path }, {}, ctx, 'Parameters')).toEqual({ item: [] });
    }
  });

  it("fails a missing path with AWS's message naming the `.$` field and the input", () => {
    let caught: unknown;
    try {
      evaluatePayloadTemplate({ 'value.$': '$.no_such_jsonpath' }, { 'int-literal': 0 }, ctx, 'Parameters');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(StatesError);
    expect((caught as StatesError).error).toBe('States.Runtime');
    expect((caught as StatesError).causeText).toBe(
      `The JSONPath '$.no_such_jsonpath' specified for the field 'value.$' could not be found in the input '{"int-literal":0}'`,
    );
  });

  it('rejects a `.$` key whose value is not a string', () => {
    expect(() => evaluatePayloadTemplate({ 'x.$': 1 }, {}, ctx, 'Parameters')).toThrow(StatesError);
  });

  it('returns scalars and null templates unchanged', () => {
    expect(evaluatePayloadTemplate('plain', {}, ctx, 'Parameters')).toBe('plain');
    expect(evaluatePayloadTemplate(null, {}, ctx, 'Parameters')).toBeNull();
  });
});

interface Row {
  name: string;
  template: JsonValue;
  input: JsonValue;
  ctx: EvalContext;
  expected: string;
}

const MASKED = /States\.(UUID|MathRandom)|\$\$\.(?!Execution\.Input)/;

function jsonPathStates(recorded: RecordedCase) {
  return [...allStates(recorded.definition).entries()].filter(([, s]) => s.QueryLanguage !== 'JSONata');
}

/** Pass states whose output is just Parameters applied to the input. */
function parameterRows(recorded: RecordedCase): Row[] {
  const rows: Row[] = [];
  const states = new Map(jsonPathStates(recorded));
  let entered: { input: JsonValue; id: number } | null = null;
  for (const event of recorded.events) {
    const d = details(event);
    if (event.type === 'PassStateEntered') entered = { input: payload(d.input), id: event.id };
    if (event.type !== 'PassStateExited' || !entered) continue;
    const state = states.get(String(d.name));
    if (!state?.Parameters || 'InputPath' in state || 'ResultPath' in state || 'OutputPath' in state) continue;
    if (MASKED.test(JSON.stringify(state.Parameters))) continue;
    rows.push({
      name: `${recorded.name} ${String(d.name)}`,
      template: state.Parameters,
      input: entered.input,
      ctx: { contextObject: { Execution: { Input: executionInput(recorded) } }, variables: variablesBefore(recorded.events, entered.id) },
      expected: payloadText(d.output),
    });
  }
  return rows;
}

/** Assign in JSONPath Pass/Choice/Wait states: `$` is the state's result (Parameters/Result) or its input. */
function assignRows(recorded: RecordedCase): Row[] {
  const rows: Row[] = [];
  const states = new Map(jsonPathStates(recorded));
  let entered: { input: JsonValue; id: number } | null = null;
  for (const event of recorded.events) {
    const d = details(event);
    if (/StateEntered$/.test(event.type)) entered = { input: payload(d.input), id: event.id };
    if (!/^(Pass|Choice|Wait)StateExited$/.test(event.type) || !entered || !d.assignedVariables) continue;
    const state = states.get(String(d.name));
    const assign = state?.Assign;
    if (!state || !assign || typeof assign !== 'object' || Array.isArray(assign) || 'InputPath' in state) continue;
    const input = state.Result ?? (state.Parameters ? null : entered.input);
    if (input === null || MASKED.test(JSON.stringify(assign))) continue;
    const recordedValues = d.assignedVariables as Record<string, unknown>;
    rows.push({
      name: `${recorded.name} ${String(d.name)}`,
      template: assign,
      input,
      ctx: { contextObject: { Execution: { Input: executionInput(recorded) } }, variables: variablesBefore(recorded.events, entered.id) },
      // assignedVariables maps each name to its JSON text; compare them name by name in AWS's order.
      expected: JSON.stringify(
        Object.keys(recordedValues)
          .sort()
          .map((k) => [k, payloadText(recordedValues[k])]),
      ),
    });
  }
  return rows;
}

describe.skipIf(!HAS_CASES)(
  `evaluatePayloadTemplate against recorded AWS outputs (${HAS_CASES ? 'recordings found' : SKIP_REASON})`,
  () => {
    const cases = loadCases().filter(isFaithful);
    const parameters = cases.flatMap(parameterRows);
    const assigns = cases.flatMap(assignRows);

    it('finds enough recorded templates to be meaningful', () => {
      expect(parameters.length).toBeGreaterThanOrEqual(80);
      expect(assigns.length).toBeGreaterThanOrEqual(10);
    });

    it.each(parameters)('Parameters of $name', ({ template, input, ctx: rowCtx, expected }) => {
      expect(JSON.stringify(evaluatePayloadTemplate(template, input, rowCtx, 'Parameters'))).toBe(expected);
    });

    it.each(assigns)('Assign of $name', ({ template, input, ctx: rowCtx, expected }) => {
      const result = evaluatePayloadTemplate(template, input, rowCtx, 'Assign') as JsonObject;
      const actual = Object.keys(result)
        .sort()
        .map((k) => [k, JSON.stringify(result[k])]);
      expect(JSON.stringify(actual)).toBe(expected);
    });
  },
);
