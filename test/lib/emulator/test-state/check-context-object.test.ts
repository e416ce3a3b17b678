import { describe, expect, it } from 'vitest';
import { checkContextObject } from '@/lib/emulator/test-state/check-context-object';
import type { SelectedState } from '@/lib/emulator/test-state/select-state';

const task = (resource: string): SelectedState => ({
  state: { Type: 'Task', Resource: resource },
  type: 'Task',
  queryLanguage: 'JSONPath',
});

describe('checkContextObject', () => {
  it('accepts Execution, State and StateMachine objects, empty ones too', () => {
    expect(() => checkContextObject({ Execution: {}, State: {}, StateMachine: {} }, task('arn:aws:states:::lambda:invoke'))).not.toThrow();
  });

  it('accepts Task only for callback and .sync Tasks', () => {
    expect(() => checkContextObject({ Task: { Token: 't' } }, task('arn:aws:states:::sqs:sendMessage.waitForTaskToken'))).not.toThrow();
    expect(() => checkContextObject({ Task: { Token: 't' } }, task('arn:aws:states:::lambda:invoke'))).toThrow(/only allowed for .sync/);
  });

  it('refuses other fields and values that are not objects', () => {
    expect(() => checkContextObject({ Other: {} }, task('x'))).toThrow("Invalid context object: unknown field 'Other'");
    expect(() => checkContextObject({ State: 'x' }, task('x'))).toThrow("'State' must be a JSON object");
    expect(() => checkContextObject([1], task('x'))).toThrow('it must be a JSON object');
  });
});
