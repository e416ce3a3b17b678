import { describe, expect, it } from 'vitest';
import { chooseVisitError, type VisitError, type VisitErrorSources } from '@/lib/history/choose-visit-error';
import type { EventPhase } from '@/lib/history/history-event-types';
import type { StateVisit, VisitGroup, VisitStatus } from '@/lib/history/types';

function event(phase: EventPhase, fields: { error?: string; cause?: string } = {}): NonNullable<VisitErrorSources['failure']> {
  return { phase, details: { ...fields, raw: {} } };
}

function child(enteredEventId: number, status: VisitStatus, error: string | null, cause: string | null = null): StateVisit {
  return {
    name: `Child${enteredEventId}`,
    type: 'Task',
    enteredEventId,
    exitedEventId: null,
    status,
    startedAt: null,
    endedAt: null,
    durationMs: null,
    attempts: [],
    error,
    cause,
    caughtBy: null,
    evaluationFailures: [],
    mapRuns: [],
    redriveAttempt: 0,
    billableTransitions: 1,
    eventIds: [enteredEventId],
    children: [],
  };
}

function group(index: number, ...visits: StateVisit[]): VisitGroup {
  return {
    kind: 'MapIteration',
    index,
    run: 1,
    name: `Iteration ${index}`,
    status: 'failed',
    firstEventId: visits[0]?.enteredEventId ?? 0,
    lastEventId: visits[visits.length - 1]?.enteredEventId ?? 0,
    startedAt: null,
    endedAt: null,
    durationMs: null,
    visits,
  };
}

const output = (text: string) => ({ text, truncated: false });
const caughtOutput = output('{"Error":"Output.Error","Cause":"output cause"}');
const failedChildren = [group(0, child(5, 'failed', 'Child.Error', 'child cause'))];
const executionEnd = { details: { error: 'Execution.Error', cause: 'execution cause', raw: {} } };

const none: VisitErrorSources = { failure: undefined, status: 'failed', children: [], output: undefined, executionEnd: undefined };
const result = (error: string | null, cause: string | null): VisitError => ({ error, cause });

// Where a later source could answer, the row offers it too, so a rung that stops winning, or one
// asked too early, changes the result.
const cases: [branch: string, sources: Partial<VisitErrorSources>, expected: VisitError][] = [
  // 1. The failure event's own error and cause.
  [
    "failure event's error and cause beat every other source",
    {
      failure: event('failed', { error: 'Own.Error', cause: 'own cause' }),
      status: 'caught',
      children: failedChildren,
      output: caughtOutput,
      executionEnd,
    },
    result('Own.Error', 'own cause'),
  ],
  [
    "failure event's error with no cause: cause stays null",
    { failure: event('failed', { error: 'Own.Error' }), children: failedChildren, executionEnd },
    result('Own.Error', null),
  ],
  [
    'a timeout with its own error keeps it',
    { failure: event('timed-out', { error: 'States.HeartbeatTimeout', cause: 'hb' }) },
    result('States.HeartbeatTimeout', 'hb'),
  ],
  // 2. A timeout without an error.
  [
    'timeout without an error is States.Timeout, keeping the event cause',
    { failure: event('timed-out', { cause: 'timed out cause' }), status: 'timed_out', executionEnd },
    result('States.Timeout', 'timed out cause'),
  ],
  [
    'timeout without an error is States.Timeout even when a child failed',
    { failure: event('timed-out'), status: 'timed_out', children: failedChildren },
    result('States.Timeout', null),
  ],
  // 3. The latest failed child of a Map or Parallel state.
  [
    'failure without an error takes the failed child error and cause',
    { failure: event('failed'), children: failedChildren, executionEnd },
    result('Child.Error', 'child cause'),
  ],
  [
    "the child's cause replaces the failure event's, even when null",
    { failure: event('failed', { cause: 'own cause' }), children: [group(0, child(5, 'failed', 'Child.Error'))] },
    result('Child.Error', null),
  ],
  [
    'a timed-out child counts as failed',
    { failure: event('failed'), children: [group(0, child(5, 'timed_out', 'States.Timeout', 'slow'))] },
    result('States.Timeout', 'slow'),
  ],
  [
    'of several failed children, the one entered last wins, whatever the group order',
    {
      failure: event('failed'),
      children: [
        group(0, child(4, 'failed', 'First.Error'), child(9, 'failed', 'Late.Error')),
        group(1, child(7, 'timed_out', 'Last.Error')),
      ],
    },
    result('Late.Error', null),
  ],
  [
    'a failed child without an error is skipped',
    { failure: event('failed'), children: [group(0, child(4, 'failed', 'Has.Error', 'c'), child(8, 'failed', null))] },
    result('Has.Error', 'c'),
  ],
  [
    'children that did not fail are skipped, error or not',
    {
      failure: event('failed'),
      children: [
        group(
          0,
          child(6, 'caught', 'Caught.Error'),
          child(7, 'aborted', 'Aborted.Error'),
          child(8, 'succeeded', 'Odd.Error'),
          child(9, 'running', 'Running.Error'),
        ),
      ],
      executionEnd,
    },
    result('Execution.Error', 'execution cause'),
  ],
  [
    'a Fail state (entered phase, no error) asks its children too',
    { failure: event('entered'), children: failedChildren },
    result('Child.Error', 'child cause'),
  ],
  ['children are not asked without a failure', { status: 'aborted', children: failedChildren }, result(null, null)],
  // 4. A caught visit's output.
  [
    'caught without an error reads Error and Cause from the output',
    { failure: event('failed', { cause: 'own cause' }), status: 'caught', output: caughtOutput, executionEnd },
    result('Output.Error', 'output cause'),
  ],
  [
    'a failed child beats the caught output',
    { failure: event('failed'), status: 'caught', children: failedChildren, output: caughtOutput },
    result('Child.Error', 'child cause'),
  ],
  [
    'output Error without a string Cause gives cause null',
    { failure: event('failed', { cause: 'own cause' }), status: 'caught', output: output('{"Error":"Output.Error","Cause":42}') },
    result('Output.Error', null),
  ],
  [
    'output without a string Error is ignored',
    { failure: event('failed', { cause: 'own cause' }), status: 'caught', output: output('{"Error":7,"Cause":"output cause"}') },
    result(null, 'own cause'),
  ],
  [
    'output that is JSON but not an object is ignored',
    { failure: event('failed'), status: 'caught', output: output('"Output.Error"'), executionEnd },
    result('Execution.Error', 'execution cause'),
  ],
  ['output JSON null is ignored', { failure: event('failed'), status: 'caught', output: output('null') }, result(null, null)],
  [
    'output that is not JSON is ignored',
    { failure: event('failed'), status: 'caught', output: output('{"Error":"cut') },
    result(null, null),
  ],
  [
    'a caught visit without output has nothing to read',
    { failure: event('failed', { cause: 'own cause' }), status: 'caught' },
    result(null, 'own cause'),
  ],
  ['the output is read only for a caught visit', { failure: event('failed'), status: 'failed', output: caughtOutput }, result(null, null)],
  // 5. The execution's error, for the visit that failed it.
  [
    'the visit that failed the execution takes its error and cause',
    { failure: event('entered'), executionEnd },
    result('Execution.Error', 'execution cause'),
  ],
  ['even with no failure event of its own', { status: 'failed', executionEnd }, result('Execution.Error', 'execution cause')],
  [
    "an execution end without error or cause replaces the failure's cause with null",
    { failure: event('failed', { cause: 'own cause' }), executionEnd: { details: { raw: {} } } },
    result(null, null),
  ],
  [
    'an execution end with only a cause gives error null',
    { executionEnd: { details: { cause: 'execution cause', raw: {} } } },
    result(null, 'execution cause'),
  ],
  // Nothing to go on.
  ['no source at all', {}, result(null, null)],
  [
    "a failure with only a cause and nothing else keeps the event's cause",
    { failure: event('failed', { cause: 'own cause' }) },
    result(null, 'own cause'),
  ],
];

describe('chooseVisitError', () => {
  it.each(cases)('%s', (_branch, sources, expected) => {
    expect(chooseVisitError({ ...none, ...sources })).toEqual(expected);
  });
});
