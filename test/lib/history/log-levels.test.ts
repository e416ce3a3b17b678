import { describe, expect, it } from 'vitest';
import {
  DETAIL_FIELDS_WITHOUT_DATA,
  LOG_LEVELS,
  isLogLevel,
  isLoggedAtLevel,
  loggedEventTypes,
  logsSucceededExecutions,
} from '@/lib/history/log-levels';

/** AWS's table (docs/aws-behaviour.md#logging-configuration-and-log-levels), written out here so a change to it shows. */
const FATAL_TYPES = ['ExecutionAborted', 'ExecutionFailed', 'ExecutionTimedOut'];
const ERROR_TYPES = [
  ...FATAL_TYPES,
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

describe('isLogLevel', () => {
  it.each(['ALL', 'ERROR', 'FATAL', 'OFF'])('accepts %s', (level) => {
    expect(isLogLevel(level)).toBe(true);
  });

  it.each(['all', 'Error', 'DEBUG', '', ' ALL', 1, null, undefined, ['ALL']])('rejects %j', (value) => {
    expect(isLogLevel(value)).toBe(false);
  });

  it('lists the levels from most to least logged', () => {
    expect(LOG_LEVELS).toEqual(['ALL', 'ERROR', 'FATAL', 'OFF']);
  });
});

describe('isLoggedAtLevel', () => {
  it.each([
    ['ExecutionStarted', 'ALL', true],
    ['SomeFutureEventType', 'ALL', true],
    ['ExecutionFailed', 'OFF', false],
    ['ExecutionFailed', 'FATAL', true],
    ['ExecutionTimedOut', 'FATAL', true],
    ['ExecutionAborted', 'FATAL', true],
    ['TaskFailed', 'FATAL', false],
    ['FailStateEntered', 'FATAL', false],
    ['ExecutionFailed', 'ERROR', true],
    ['TaskFailed', 'ERROR', true],
    ['FailStateEntered', 'ERROR', true],
    ['WaitStateAborted', 'ERROR', true],
    ['ExecutionStarted', 'ERROR', false],
    ['TaskSucceeded', 'ERROR', false],
    ['PassStateEntered', 'ERROR', false],
    // Not in AWS's table: logged at ALL only.
    ['ActivityFailed', 'ERROR', false],
    ['EvaluationFailed', 'ERROR', false],
    ['MapRunStarted', 'ERROR', false],
  ] as const)('%s at %s: %s', (type, level, expected) => {
    expect(isLoggedAtLevel(type, level)).toBe(expected);
  });
});

describe('loggedEventTypes', () => {
  it('is "all" for ALL and nothing for OFF', () => {
    expect(loggedEventTypes('ALL')).toBe('all');
    expect(loggedEventTypes('OFF')).toEqual([]);
  });

  it.each([
    ['FATAL', FATAL_TYPES],
    ['ERROR', ERROR_TYPES],
  ] as const)("lists exactly AWS's types for %s", (level, expected) => {
    expect([...(loggedEventTypes(level) as string[])].sort()).toEqual([...expected].sort());
  });

  it('agrees with isLoggedAtLevel', () => {
    for (const level of ['ERROR', 'FATAL'] as const) {
      for (const type of loggedEventTypes(level) as string[]) expect(isLoggedAtLevel(type, level)).toBe(true);
    }
  });

  it('returns a fresh list each time, so a caller changing it changes nothing', () => {
    const first = loggedEventTypes('FATAL') as string[];
    first.push('TaskSucceeded');
    expect(loggedEventTypes('FATAL')).toHaveLength(3);
    expect(isLoggedAtLevel('TaskSucceeded', 'FATAL')).toBe(false);
  });
});

describe('logsSucceededExecutions', () => {
  it.each([
    ['ALL', true],
    ['ERROR', false],
    ['FATAL', false],
    ['OFF', false],
  ] as const)('at %s: %s', (level, expected) => {
    expect(logsSucceededExecutions(level)).toBe(expected);
  });

  it('agrees with the event table: ExecutionSucceeded is logged exactly when it says so', () => {
    for (const level of LOG_LEVELS) expect(isLoggedAtLevel('ExecutionSucceeded', level)).toBe(logsSucceededExecutions(level));
  });
});

describe('DETAIL_FIELDS_WITHOUT_DATA', () => {
  it('keeps names, resources, errors and causes, and none of the data fields', () => {
    expect([...DETAIL_FIELDS_WITHOUT_DATA].sort()).toEqual(['cause', 'error', 'name', 'region', 'resource', 'resourceType', 'roleArn']);
    for (const data of ['input', 'output', 'parameters', 'assignedVariables']) expect(DETAIL_FIELDS_WITHOUT_DATA.has(data)).toBe(false);
  });
});
