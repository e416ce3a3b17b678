import { describe, expect, it } from 'vitest';
import { testStateAnswer } from '@/lib/emulator/test-state/test-state-answer';
import { emptyRecord } from '@/lib/emulator/test-state/test-state-hooks';
import { readTestStateRequest } from '@/lib/emulator/test-state/test-state-request';

const selected = { state: { Type: 'Task' }, type: 'Task', queryLanguage: 'JSONPath' as const };

describe('testStateAnswer', () => {
  it('sends output and nextState as AWS does: JSON text, only for a state that went on', () => {
    const request = readTestStateRequest({ definition: '{}' });
    const ok = testStateAnswer(request, selected, {
      status: 'SUCCEEDED',
      output: { a: [1] },
      nextState: 'Next',
      variables: {},
      record: emptyRecord(),
    });
    expect(ok).toEqual({ status: 'SUCCEEDED', output: '{"a":[1]}', nextState: 'Next' });
    const failed = testStateAnswer(request, selected, {
      status: 'FAILED',
      error: 'E',
      cause: 'C',
      output: 1,
      nextState: 'X',
      variables: {},
      record: emptyRecord(),
    });
    expect(failed).toEqual({ status: 'FAILED', error: 'E', cause: 'C' });
  });

  it('adds inspectionData above INFO', () => {
    const request = readTestStateRequest({ definition: '{}', inspectionLevel: 'TRACE', input: '{"x": 1}' });
    const answer = testStateAnswer(request, selected, { status: 'SUCCEEDED', output: 1, variables: {}, record: emptyRecord() });
    expect(answer.inspectionData).toEqual({ input: '{"x":1}' });
  });
});
