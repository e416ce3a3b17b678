import { describe, expect, it } from 'vitest';
import { HISTORY_EVENT_TYPES, type HistoryEventType } from '@/lib/history/history-event-types';
import { isFailureEvent } from '@/lib/history/is-failure-event';

/** Written out, not derived from EVENT_TYPE_INFO, so a phase changed in the table shows up here. */
const FAILURE_EVENT_TYPES: readonly HistoryEventType[] = [
  'ActivityFailed',
  'ActivityScheduleFailed',
  'ActivityTimedOut',
  'EvaluationFailed',
  'ExecutionAborted',
  'ExecutionFailed',
  'ExecutionTimedOut',
  'FailStateEntered',
  'LambdaFunctionFailed',
  'LambdaFunctionScheduleFailed',
  'LambdaFunctionStartFailed',
  'LambdaFunctionTimedOut',
  'MapIterationAborted',
  'MapIterationFailed',
  'MapRunAborted',
  'MapRunFailed',
  'MapStateAborted',
  'MapStateFailed',
  'ParallelStateAborted',
  'ParallelStateFailed',
  'TaskFailed',
  'TaskStartFailed',
  'TaskStateAborted',
  'TaskSubmitFailed',
  'TaskTimedOut',
  'WaitStateAborted',
];

describe('isFailureEvent', () => {
  it.each(HISTORY_EVENT_TYPES.map((type) => [type, FAILURE_EVENT_TYPES.includes(type)] as const))('%s → %s', (type, expected) => {
    expect(isFailureEvent(type)).toBe(expected);
  });

  // Types this build does not know have phase 'unknown': never a failure, whatever the name says.
  it.each([['SomeNewStepFailed'], ['SomeNewStepTimedOut'], ['Unknown'], ['']])('unknown type %j → false', (type) => {
    expect(isFailureEvent(type)).toBe(false);
  });
});
