import { describe, expect, it } from 'vitest';
import { def, testStateOf } from '../../../support/test-state/run-test-state-for-test';

const keysOf = async (state: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  Object.keys(((await testStateOf({ definition: def(state), inspectionLevel: 'DEBUG', ...extra })).inspectionData ?? {}) as object).sort();

describe('inspectionData fields per state type, as AWS reports them', () => {
  it('JSONPath Pass: InputPath and Parameters, or the Result', async () => {
    expect(await keysOf({ Type: 'Pass', End: true })).toEqual([
      'afterInputPath',
      'afterParameters',
      'afterResultPath',
      'afterResultSelector',
      'input',
    ]);
    expect(await keysOf({ Type: 'Pass', Result: 1, InputPath: '$', End: true })).toEqual([
      'afterResultPath',
      'afterResultSelector',
      'input',
      'result',
    ]);
  });

  it('JSONPath Choice, Succeed and Fail: the input after InputPath', async () => {
    expect(await keysOf({ Type: 'Succeed' })).toEqual(['afterInputPath', 'input']);
    expect(await keysOf({ Type: 'Fail', Error: 'E' })).toEqual(['afterInputPath', 'input']);
  });

  it('JSONPath Parallel: no InputPath or Parameters stage', async () => {
    const parallel = {
      Type: 'Parallel',
      InputPath: '$',
      Branches: [{ StartAt: 'A', States: { A: { Type: 'Pass', End: true } } }],
      End: true,
    };
    expect(await keysOf(parallel, { mock: { result: '[1]' } })).toEqual(['afterResultPath', 'afterResultSelector', 'input']);
  });

  it('JSONata: the input, Arguments and result of a Task, nothing else', async () => {
    const task = {
      Type: 'Task',
      QueryLanguage: 'JSONata',
      Resource: 'arn:aws:states:::lambda:invoke',
      Arguments: { FunctionName: 'f' },
      End: true,
    };
    expect(await keysOf(task, { mock: { result: '{}' } })).toEqual(['afterArguments', 'input', 'result']);
    expect(await keysOf({ Type: 'Pass', QueryLanguage: 'JSONata', End: true })).toEqual(['input']);
  });
});
