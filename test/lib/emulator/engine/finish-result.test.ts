import { describe, expect, it } from 'vitest';
import type { JsonObject } from '@/lib/emulator/asl/json-value';
import { finishJsonata, finishJsonPath } from '@/lib/emulator/engine/finish-result';
import { makeFrame } from '../../../support/emulator-engine/state-frame';

function taskFrame(fields: JsonObject, queryLanguage: 'JSONPath' | 'JSONata' = 'JSONPath') {
  return makeFrame({
    state: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', ...fields },
    queryLanguage,
    variables: { v: 'old' },
  }).frame;
}

const RAW_INPUT = { in: 1 };
const RESULT = { raw: 'R', other: 2 };

describe('finishJsonPath: ResultSelector -> Assign -> ResultPath -> OutputPath', () => {
  it('without any of them, the result is the output', () => {
    expect(finishJsonPath(taskFrame({ End: true }), RAW_INPUT, RESULT)).toEqual({ output: RESULT, assigned: undefined, end: true });
  });

  it('applies each step to what the step before it produced', () => {
    const frame = taskFrame({
      ResultSelector: { 'sel.$': '$.raw' },
      Assign: { 'seen.$': '$', 'prev.$': '$v' },
      ResultPath: '$.res',
      OutputPath: '$.res.sel',
      Next: 'After',
    });
    expect(finishJsonPath(frame, RAW_INPUT, RESULT)).toEqual({
      output: 'R',
      assigned: { seen: { sel: 'R' }, prev: 'old' },
      next: 'After',
      end: false,
    });
  });

  it('merges the selected result into the state’s raw input, which OutputPath then reads', () => {
    const frame = taskFrame({ ResultSelector: { 'sel.$': '$.raw' }, ResultPath: '$.res', OutputPath: '$', End: true });
    expect(finishJsonPath(frame, RAW_INPUT, RESULT).output).toEqual({ in: 1, res: { sel: 'R' } });
    expect(finishJsonPath(taskFrame({ ResultPath: '$.res', OutputPath: '$.in', End: true }), RAW_INPUT, RESULT).output).toBe(1);
  });

  it('ResultPath null keeps the raw input as output; Assign still sees the result', () => {
    const frame = taskFrame({ ResultPath: null, Assign: { 'r.$': '$.raw' }, End: true });
    expect(finishJsonPath(frame, RAW_INPUT, RESULT)).toEqual({ output: RAW_INPUT, assigned: { r: 'R' }, end: true });
  });

  it('does not assign the variables itself (the state runner does)', () => {
    const frame = taskFrame({ Assign: { v: 'new' }, End: true });
    finishJsonPath(frame, RAW_INPUT, RESULT);
    expect(frame.branch.variables).toEqual({ v: 'old' });
  });
});

describe('finishJsonata: Assign and Output see $states.result', () => {
  it('outputs the result when there is no Output', async () => {
    await expect(finishJsonata(taskFrame({ End: true }, 'JSONata'), RAW_INPUT, RESULT)).resolves.toEqual({
      output: RESULT,
      assigned: undefined,
      end: true,
    });
  });

  it('evaluates Output and Assign with $states.input (the raw input), $states.result and the old variables', async () => {
    const frame = taskFrame(
      {
        Assign: { v: '{% $states.result.raw %}', was: '{% $v %}' },
        Output: { r: '{% $states.result.other %}', i: '{% $states.input.in %}', v: '{% $v %}' },
        Next: 'After',
      },
      'JSONata',
    );
    await expect(finishJsonata(frame, RAW_INPUT, RESULT)).resolves.toEqual({
      output: { r: 2, i: 1, v: 'old' },
      assigned: { v: 'R', was: 'old' },
      next: 'After',
      end: false,
    });
  });
});
