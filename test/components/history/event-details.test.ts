import { describe, expect, it } from 'vitest';
import { getEventDetails, isFailureEventType } from '@/components/history/event-details';
import type { HistoryEventRecord } from '@/lib/domain';

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

describe('getEventDetails', () => {
  const at = new Date('2026-03-10T09:00:00Z');
  it.each<[string, HistoryEventRecord, unknown]>([
    [
      'the one *EventDetails member',
      { id: 3, type: 'TaskFailed', timestamp: at, taskFailedEventDetails: { error: 'E', cause: 'C' } },
      { error: 'E', cause: 'C' },
    ],
    [
      'a member of any name ending in EventDetails',
      { id: 4, type: 'PassStateEntered', timestamp: at, stateEnteredEventDetails: { name: 'P' } },
      { name: 'P' },
    ],
    ['undefined when there is none', { id: 1, type: 'ExecutionStarted', timestamp: at }, undefined],
    [
      'undefined when the member is present but undefined',
      { id: 2, type: 'TaskSucceeded', timestamp: at, taskSucceededEventDetails: undefined },
      undefined,
    ],
  ])('%s', (_case, event, expected) => {
    expect(getEventDetails(event)).toEqual(expected);
  });
});
