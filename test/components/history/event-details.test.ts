import { describe, expect, it } from 'vitest';
import { isFailureEventType } from '@/components/history/event-details';

// Which rows of the raw history table are drawn in red.
const cases: [type: string, failure: boolean][] = [
  ['TaskFailed', true],
  ['LambdaFunctionTimedOut', true],
  ['ExecutionAborted', true],
  ['MapRunFailed', true],
  ['FailStateEntered', true],
  ['TaskStateAborted', true],
  ['MapIterationFailed', true],
  ['EvaluationFailed', true],
  ['TaskSucceeded', false],
  ['TaskStateEntered', false],
  ['TaskStateExited', false],
  ['ExecutionSucceeded', false],
  ['MapRunStarted', false],
  ['ExecutionRedriven', false],
  // A type newer than this build is not guessed from its name.
  ['SomeNewStepFailed', false],
];

describe('isFailureEventType', () => {
  it.each(cases)('%s → %s', (type, failure) => {
    expect(isFailureEventType(type)).toBe(failure);
  });
});
