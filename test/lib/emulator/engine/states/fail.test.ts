import { describe, expect, it } from 'vitest';
import type { JsonObject, JsonValue } from '@/lib/emulator/asl/json-value';
import { StatesError } from '@/lib/emulator/asl/states-error';
import { StateFailure } from '@/lib/emulator/engine/execution-errors';
import { runFail } from '@/lib/emulator/engine/states/fail';
import { chainOf, detailsOf, runDefinition } from '../../../../support/emulator-engine/run-definition';
import { makeFrame, rejectionOf } from '../../../../support/emulator-engine/state-frame';

/** The error and cause runFail ends the branch with. */
async function failureOf(fields: JsonObject, input: JsonValue = {}, queryLanguage: 'JSONPath' | 'JSONata' = 'JSONPath') {
  const { frame } = makeFrame({ name: 'F', state: { Type: 'Fail', ...fields }, queryLanguage });
  const thrown = await rejectionOf(runFail(frame, input));
  if (!(thrown instanceof StateFailure)) throw thrown;
  return { error: thrown.error, cause: thrown.cause };
}

describe('runFail (JSONPath)', () => {
  it.each<[string, JsonObject, JsonValue, { error?: string; cause?: string }]>([
    ['literal Error and Cause', { Error: 'Oops', Cause: 'because' }, {}, { error: 'Oops', cause: 'because' }],
    ['neither: both absent', {}, {}, {}],
    ['only Error', { Error: 'Oops' }, {}, { error: 'Oops' }],
    ['ErrorPath and CausePath from the input', { ErrorPath: '$.e', CausePath: '$.c' }, { e: 'E1', c: 'C1' }, { error: 'E1', cause: 'C1' }],
    [
      'a path to a non-string, as JSON text',
      { ErrorPath: '$.n', CausePath: '$.o' },
      { n: 5, o: { a: [1] } },
      { error: '5', cause: '{"a":[1]}' },
    ],
    ['a path into the context object', { ErrorPath: '$$.State.Name' }, {}, { error: 'F' }],
    ['an intrinsic function', { CausePath: "States.Format('{} failed', $.who)" }, { who: 'billing' }, { cause: 'billing failed' }],
    ['a literal in preference to its path', { Error: 'Literal', ErrorPath: '$.e' }, { e: 'FromPath' }, { error: 'Literal' }],
  ])('%s', async (_why, fields, input, expected) => {
    await expect(failureOf(fields, input)).resolves.toEqual({ error: undefined, cause: undefined, ...expected });
  });

  it('fails in AWS’s words when ErrorPath finds nothing', async () => {
    const { frame } = makeFrame({ state: { Type: 'Fail', ErrorPath: '$.missing' } });
    const error = await rejectionOf(runFail(frame, { a: 1 }));
    expect(error).toBeInstanceOf(StatesError);
    expect(error).toMatchObject({
      error: 'States.Runtime',
      causeText: `The JSONPath '$.missing' specified for the field 'ErrorPath' could not be found in the input '{"a":1}'`,
    });
  });
});

describe('runFail (JSONata)', () => {
  it('evaluates Error and Cause expressions with $states.input', async () => {
    await expect(
      failureOf({ Error: '{% "E-" & $states.input.code %}', Cause: '{% $states.input.why %}' }, { code: 7, why: 'no reason' }, 'JSONata'),
    ).resolves.toEqual({
      error: 'E-7',
      cause: 'no reason',
    });
  });

  it('keeps plain strings, writes non-string results as JSON text, and ignores *Path fields', async () => {
    await expect(failureOf({ Error: 'Plain', Cause: '{% $states.input %}', CausePath: '$.x' }, { x: 1 }, 'JSONata')).resolves.toEqual({
      error: 'Plain',
      cause: '{"x":1}',
    });
    await expect(failureOf({}, {}, 'JSONata')).resolves.toEqual({ error: undefined, cause: undefined });
  });
});

describe('Fail state in an execution', () => {
  it('fails the execution with Error and Cause and writes no FailStateExited', async () => {
    const run = await runDefinition({ StartAt: 'F', States: { F: { Type: 'Fail', Error: 'Oops', Cause: 'because' } } });
    expect(chainOf(run.events)).toEqual([
      [1, 0, 'ExecutionStarted'],
      [2, 0, 'FailStateEntered'],
      [3, 2, 'ExecutionFailed'],
    ]);
    expect(detailsOf(run.events[2])).toEqual({ error: 'Oops', cause: 'because' });
  });

  it('writes empty details when the Fail state has neither Error nor Cause', async () => {
    const run = await runDefinition({ StartAt: 'F', States: { F: { Type: 'Fail' } } });
    expect(detailsOf(run.events[2])).toEqual({});
    expect(run.outcome.status).toBe('FAILED');
  });

  it('reads ErrorPath and CausePath from the input', async () => {
    const run = await runDefinition(
      { StartAt: 'F', States: { F: { Type: 'Fail', ErrorPath: '$.e', CausePath: '$.c' } } },
      { input: { e: 'E1', c: 'C1' } },
    );
    expect(run.outcome).toMatchObject({ error: 'E1', cause: 'C1' });
  });

  it('evaluates JSONata Error and Cause', async () => {
    const run = await runDefinition(
      { QueryLanguage: 'JSONata', StartAt: 'F', States: { F: { Type: 'Fail', Error: 'E', Cause: '{% $states.input.why %}' } } },
      { input: { why: 'no reason' } },
    );
    expect(run.outcome).toMatchObject({ error: 'E', cause: 'no reason' });
  });
});
