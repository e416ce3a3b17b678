import { describe, expect, it } from 'vitest';
import type { JsonObject, JsonValue } from '@/lib/emulator/asl/json-value';
import { runSucceed } from '@/lib/emulator/engine/states/succeed';
import { runDefinition } from '../../../../support/emulator-engine/run-definition';
import { makeFrame } from '../../../../support/emulator-engine/state-frame';

function succeedFrame(fields: JsonObject, queryLanguage: 'JSONPath' | 'JSONata' = 'JSONPath') {
  return makeFrame({ name: 'Done', state: { Type: 'Succeed', ...fields }, queryLanguage }).frame;
}

const INPUT = { keep: { inner: [1] }, drop: 2 };

describe('runSucceed (JSONPath): InputPath, then OutputPath; always ends', () => {
  it.each<[string, JsonObject, JsonValue]>([
    ['no paths: the input', {}, INPUT],
    ['InputPath', { InputPath: '$.keep' }, { inner: [1] }],
    ['OutputPath', { OutputPath: '$.drop' }, 2],
    ['OutputPath reads what InputPath selected', { InputPath: '$.keep', OutputPath: '$.inner' }, [1]],
    ['InputPath null gives {}', { InputPath: null }, {}],
    ['OutputPath null gives {}', { OutputPath: null }, {}],
    ['OutputPath into the context object', { OutputPath: '$$.State.Name' }, 'Done'],
  ])('%s', async (_why, fields, expected) => {
    await expect(runSucceed(succeedFrame(fields), INPUT)).resolves.toEqual({ output: expected, end: true });
  });
});

describe('runSucceed (JSONata): Output, defaulting to the input', () => {
  it('outputs the input without Output', async () => {
    await expect(runSucceed(succeedFrame({}, 'JSONata'), INPUT)).resolves.toEqual({ output: INPUT, end: true });
  });

  it('evaluates Output with $states.input and ignores JSONPath fields', async () => {
    await expect(
      runSucceed(succeedFrame({ Output: { n: '{% $states.input.drop * 10 %}' }, OutputPath: '$.keep' }, 'JSONata'), INPUT),
    ).resolves.toEqual({
      output: { n: 20 },
      end: true,
    });
  });
});

describe('Succeed state in an execution', () => {
  it('writes SucceedStateExited and ends the execution with its OutputPath', async () => {
    const run = await runDefinition(
      { StartAt: 'S', States: { S: { Type: 'Succeed', OutputPath: '$.keep' } } },
      { input: { keep: [1], drop: 2 } },
    );
    expect(run.types).toEqual(['ExecutionStarted', 'SucceedStateEntered', 'SucceedStateExited', 'ExecutionSucceeded']);
    expect(run.outcome.output).toBe('[1]');
  });
});
