import { describe, expect, it } from 'vitest';
import {
  evaluateJsonataCondition,
  evaluateJsonataTemplate,
  isJsonataExpression,
  type JsonataBindings,
  unexpectedJsonataResultType,
} from '@/lib/emulator/asl/jsonata-template';
import type { JsonObject, JsonValue } from '@/lib/emulator/asl/json-value';
import { StatesError } from '@/lib/emulator/asl/states-error';
import {
  allStates,
  details,
  executionInput,
  HAS_CASES,
  loadCases,
  payload,
  payloadText,
  type RecordedCase,
  SKIP_REASON,
  stripStatePrefix,
  variablesBefore,
} from '../../../support/corpus/aws-asl-cases';

const bindings: JsonataBindings = {
  states: { input: { items: [1, 2, 3], name: 'Ada', FunctionInput: '{"Arg1": 1}' }, context: { Execution: { Name: 'exec-1' } } },
  variables: { greeting: 'Hello', list: ['a', 'b'] },
};

async function failure(template: JsonValue, field = 'Output'): Promise<StatesError> {
  try {
    await evaluateJsonataTemplate(template, bindings, field);
  } catch (error) {
    if (error instanceof StatesError) return error;
    throw error;
  }
  throw new Error('expected a StatesError');
}

describe('evaluateJsonataTemplate', () => {
  it.each<[JsonValue, JsonValue]>([
    ['{% $states.input.name %}', 'Ada'],
    ['{% $sum($states.input.items) + 1 %}', 7],
    ['{% $greeting & " " & $states.input.name %}', 'Hello Ada'],
    ['{% $states.context.Execution.Name %}', 'exec-1'],
    ['{% $list %}', ['a', 'b']],
    ['{% $states.input.items[0] %}', 1],
    ['{% {"k": $states.input.name, "missing": $states.input.nope} %}', { k: 'Ada' }],
    ['{% null %}', null],
    [' {% $states.input %} ', ' {% $states.input %} '],
    ['$states.input', '$states.input'],
    [
      { a: '{% $states.input.name %}', b: ['{% 1 + 1 %}', 'x', 3], c: { d: '{% $greeting %}' } },
      { a: 'Ada', b: [2, 'x', 3], c: { d: 'Hello' } },
    ],
    [
      { n: null, t: true, e: [], o: {} },
      { n: null, t: true, e: [], o: {} },
    ],
    ['{% $partition([0,1,2,3], 3) %}', [[0, 1, 2], [3]]],
    ['{% $partition([0], 5) %}', [[0]]],
    ['{% $range(0, 10, 3) %}', [0, 3, 6, 9]],
    ['{% $range(1, 9, 9) %}', 1],
    ["{% $hash('input data', 'SHA-256') %}", 'b4a697a057313163aee33cd8d40c66e9f0f177e00cac2de32475ffff6169c3e3'],
    ["{% $hash('input data', 'MD5') %}", '812f45842bc6d66ee14572ce20db8e86'],
    ['{% $parse($states.input.FunctionInput) %}', { Arg1: 1 }],
    ["{% $parse('-0') %}", 0],
    ["{% $merge([{'hello': 'world'}, {'foo': 'bar'}]) %}", { hello: 'world', foo: 'bar' }],
    ["{% $contains('abc', /b/) %}", true],
  ])('%j -> %j', async (template, expected) => {
    expect(JSON.stringify(await evaluateJsonataTemplate(template, bindings, 'Output'))).toBe(JSON.stringify(expected));
  });

  it('returns a fresh value each time from $uuid and values in [0, 1) from $random', async () => {
    const uuid = await evaluateJsonataTemplate('{% $uuid() %}', bindings, 'Output');
    expect(uuid).toMatch(/^[0-9a-f-]{36}$/);
    expect(await evaluateJsonataTemplate('{% $uuid() %}', bindings, 'Output')).not.toBe(uuid);
    const random = await evaluateJsonataTemplate('{% $random() %}', bindings, 'Output');
    expect(typeof random === 'number' && random >= 0 && random < 1).toBe(true);
    expect(await evaluateJsonataTemplate('{% $random(7) %}', bindings, 'Output')).toBe(
      await evaluateJsonataTemplate('{% $random(7) %}', bindings, 'Output'),
    );
  });

  it('fails an undefined result naming the nested field, with the field path as location', async () => {
    const error = await failure({ result: { error: '{% $stateError %}' } });
    expect(error.error).toBe('States.QueryEvaluationError');
    expect(error.causeText).toBe(
      "The JSONata expression '$stateError' specified for the field 'Output/result/error' returned nothing (undefined).",
    );
    expect(error.location).toBe('Output/result/error');
    expect((await failure({ list: ['x', '{% $nope %}'] })).location).toBe('Output/list[1]');
    expect((await failure('{% $states.input.nope %}', 'Arguments')).location).toBe('Arguments');
  });

  it('fails a function result as an unsupported result type', async () => {
    const error = await failure('{% $fn := function($x){$x} %}', 'Items');
    expect(error.causeText).toBe(
      "The JSONata expression '$fn := function($x){$x}' specified for the field 'Items' returned an unsupported result type.",
    );
  });

  it('prefixes a JSONata runtime error with its code', async () => {
    const error = await failure("{% $split('a','b',-1) %}");
    expect(error.causeText).toBe(
      "The JSONata expression '$split('a','b',-1)' specified for the field 'Output' threw an error during evaluation. D3020: Third argument of split function must evaluate to a positive number",
    );
    expect((await failure('{% 1 + %}')).error).toBe('States.QueryEvaluationError');
    expect((await failure('{% $partition([1], 0) %}')).error).toBe('States.QueryEvaluationError');
  });
});

describe('evaluateJsonataCondition', () => {
  it('returns the boolean an expression yields', async () => {
    expect(await evaluateJsonataCondition("{% $states.input.name = 'Ada' %}", bindings)).toBe(true);
    expect(await evaluateJsonataCondition('{% $not($count($list) = 2) %}', bindings)).toBe(false);
  });

  it('fails a non-boolean result as an unexpected result type', async () => {
    await expect(evaluateJsonataCondition('{% $states.input.items %}', bindings)).rejects.toMatchObject({
      error: 'States.QueryEvaluationError',
      causeText:
        "The JSONata expression '$states.input.items' specified for the field 'Condition' returned an unexpected result type. Expected 'boolean', but was 'array' for value: [1,2,3]",
    });
  });
});

describe('isJsonataExpression', () => {
  it.each<[JsonValue, boolean]>([
    ['{% x %}', true],
    ['{%x%}', true],
    [' {% x %}', false],
    ['{% x', false],
    [1, false],
  ])('%j -> %s', (value, expected) => {
    expect(isJsonataExpression(value)).toBe(expected);
  });
});

function stateBindings(recorded: RecordedCase, input: JsonValue, eventId: number): JsonataBindings {
  return {
    states: { input, context: { Execution: { Input: executionInput(recorded) } } },
    variables: variablesBefore(recorded.events, eventId),
  };
}

/** States whose text the recording test replaced, or whose values are masked in the recording. */
const MASKED = /\$uuid|\$random|_tbd_|%[A-Z_]+%|\$states\.context\.(?!Execution\.Input)/;

describe.skipIf(!HAS_CASES)(
  `evaluateJsonataTemplate against recorded AWS outputs (${HAS_CASES ? 'recordings found' : SKIP_REASON})`,
  () => {
    // Edited definitions are usable here: MASKED skips every state the edits touched.
    const cases = loadCases().filter((c) => c.definition !== null);
    const outputs: Array<{ name: string; template: JsonValue; bindings: JsonataBindings; expected: string }> = [];
    const failures: Array<{
      name: string;
      template: JsonValue;
      field: string;
      bindings: JsonataBindings;
      cause: string;
      location: unknown;
    }> = [];
    const itemErrors: Array<{ name: string; template: string; bindings: JsonataBindings; cause: string }> = [];

    for (const recorded of cases) {
      const states = allStates(recorded.definition);
      let entered: { input: JsonValue; id: number; state: JsonObject | undefined } | null = null;
      for (const event of recorded.events) {
        const d = details(event);
        if (event.type.endsWith('StateEntered')) entered = { input: payload(d.input), id: event.id, state: states.get(String(d.name)) };
        const state = entered?.state;
        if (!entered || !state || state.QueryLanguage !== 'JSONata') continue;
        const b = stateBindings(recorded, entered.input, entered.id);
        if (event.type === 'EvaluationFailed' && d.location === 'Items') {
          // The test wrote the Items expression over a `_tbd_` placeholder; the cause still quotes it.
          const quoted = /The JSONata expression '(.*)' specified for the field 'Items'/.exec(String(d.cause))?.[1];
          const template = typeof state.Items === 'string' && !MASKED.test(state.Items) ? state.Items : `{% ${quoted} %}`;
          itemErrors.push({ name: recorded.name, template, bindings: b, cause: String(d.cause) });
        }
        if (MASKED.test(JSON.stringify(state))) continue;
        if (event.type === 'PassStateExited' && state.Output !== undefined && state.Assign === undefined) {
          outputs.push({
            name: `${recorded.name} ${String(d.name)}`,
            template: state.Output,
            bindings: b,
            expected: payloadText(d.output),
          });
        }
        if (event.type === 'EvaluationFailed' && typeof d.location === 'string' && d.location.startsWith('Output')) {
          failures.push({
            name: recorded.name,
            template: state.Output ?? null,
            field: 'Output',
            bindings: b,
            cause: String(d.cause),
            location: d.location,
          });
        }
      }
    }

    it('finds enough recorded JSONata states', () => {
      expect(outputs.length).toBeGreaterThanOrEqual(30);
      expect(failures.length).toBeGreaterThanOrEqual(1);
      expect(itemErrors.length).toBeGreaterThanOrEqual(6);
    });

    it.each(outputs)('Output of $name', async ({ template, bindings: b, expected }) => {
      expect(JSON.stringify(await evaluateJsonataTemplate(template, b, 'Output'))).toBe(expected);
    });

    it.each(failures)('EvaluationFailed of $name', async ({ template, field, bindings: b, cause, location }) => {
      const error = await evaluateJsonataTemplate(template, b, field).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(StatesError);
      expect((error as StatesError).causeText).toBe(stripStatePrefix(cause));
      expect((error as StatesError).location).toBe(location);
    });

    it.each(itemErrors)('Items type error of $name', async ({ template, bindings: b, cause }) => {
      // What the engine does with Items: evaluate, then reject anything but an array.
      const error = await evaluateJsonataTemplate(template, b, 'Items').then(
        (value) => (Array.isArray(value) ? null : unexpectedJsonataResultType(template, 'Items', 'array', value)),
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(StatesError);
      expect((error as StatesError).causeText).toBe(stripStatePrefix(cause));
    });
  },
);
