import { describe, expect, it } from 'vitest';
import { deeperThan } from '@/lib/history/json-depth';
import { toTimelineDocument } from '@/lib/history/to-timeline-document';
import type { Attempt, ExecutionTimeline, StateVisit, VisitGroup } from '@/lib/history/types';
import { atMs, historyEvent as ev } from '../../support/history/history-events';

function visit(name: string, enteredEventId: number, fields: Partial<StateVisit> = {}): StateVisit {
  return {
    name,
    type: 'Pass',
    enteredEventId,
    exitedEventId: enteredEventId + 1,
    status: 'succeeded',
    startedAt: atMs(enteredEventId * 10),
    endedAt: atMs(enteredEventId * 10 + 5),
    durationMs: 5,
    attempts: [],
    error: null,
    cause: null,
    caughtBy: null,
    evaluationFailures: [],
    mapRuns: [],
    redriveAttempt: 0,
    billableTransitions: 1,
    eventIds: [enteredEventId, enteredEventId + 1],
    children: [],
    ...fields,
  };
}

function timeline(fields: Partial<ExecutionTimeline> = {}): ExecutionTimeline {
  return {
    status: 'SUCCEEDED',
    startDate: atMs(0),
    stopDate: atMs(1_500),
    durationMs: 1_500,
    error: null,
    cause: null,
    events: [ev(1, 0, 'ExecutionStarted'), ev(2, 1, 'ExecutionSucceeded')],
    visits: [],
    failure: { failurePath: [], rootCause: null, caught: [], failStates: [], causeChain: null },
    transitions: { total: 0, byState: {}, redrives: 0 },
    redriveCount: 0,
    unknownEvents: [],
    unplacedEvents: [],
    partial: false,
    partialReasons: [],
    warnings: [],
    ...fields,
  };
}

describe('toTimelineDocument', () => {
  it('writes the execution with ISO dates, the transition counts and the event count', () => {
    const doc = toTimelineDocument(
      timeline({
        transitions: { total: 4, byState: { A: 1, B: 3 }, redrives: 1 },
        redriveCount: 1,
        partial: true,
        partialReasons: ['not-terminal'],
        warnings: ['w'],
      }),
    );
    expect(doc).toEqual({
      status: 'SUCCEEDED',
      startDate: '2026-03-10T09:00:00.000Z',
      stopDate: '2026-03-10T09:00:01.500Z',
      durationMs: 1_500,
      error: null,
      cause: null,
      transitions: 4,
      transitionsByState: { A: 1, B: 3 },
      redriveCount: 1,
      visits: [],
      failurePath: [],
      rootCause: null,
      caught: [],
      failStates: [],
      causeChain: null,
      unknownEvents: [],
      unplacedEvents: [],
      partial: true,
      partialReasons: ['not-terminal'],
      warnings: ['w'],
      eventCount: 2,
    });
  });

  it('writes missing dates as null', () => {
    expect(toTimelineDocument(timeline({ startDate: null, stopDate: null, durationMs: null }))).toMatchObject({
      startDate: null,
      stopDate: null,
      durationMs: null,
    });
  });

  it('writes a visit with its payloads parsed and only the optional parts it has', () => {
    const doc = toTimelineDocument(
      timeline({
        visits: [visit('A', 2, { input: { text: '{"a":1}', truncated: false }, output: { text: 'not json', truncated: false } })],
      }),
    );
    expect(doc.visits).toEqual([
      {
        name: 'A',
        type: 'Pass',
        status: 'succeeded',
        enteredEventId: 2,
        exitedEventId: 3,
        startedAt: '2026-03-10T09:00:00.020Z',
        endedAt: '2026-03-10T09:00:00.025Z',
        durationMs: 5,
        input: { a: 1 },
        output: 'not json',
        attempts: [],
        error: null,
        cause: null,
        caughtBy: null,
        transitions: 1,
        children: [],
      },
    ]);
  });

  it('flags truncated payloads next to them', () => {
    const [doc] = toTimelineDocument(
      timeline({ visits: [visit('A', 2, { input: { text: '{"a":', truncated: true }, output: { text: '[1]', truncated: true } })] }),
    ).visits;
    expect(doc).toMatchObject({ input: '{"a":', inputTruncated: true, output: [1], outputTruncated: true });
  });

  it('adds redrive attempt, assigned variables, evaluation failures and Map runs only when there are some', () => {
    const [doc] = toTimelineDocument(
      timeline({
        visits: [
          visit('A', 2, {
            redriveAttempt: 2,
            assignedVariables: { count: { text: '3', truncated: false }, label: { text: '"x"', truncated: false } },
            evaluationFailures: [{ eventId: 4, error: 'States.QueryEvaluationError', location: 'Output' }],
            mapRuns: [{ mapRunArn: 'arn:run', status: 'succeeded', startedEventId: 5, redriveCount: 0 }],
          }),
        ],
      }),
    ).visits;
    expect(doc).toMatchObject({
      redriveAttempt: 2,
      assignedVariables: { count: 3, label: 'x' },
      evaluationFailures: [{ eventId: 4, error: 'States.QueryEvaluationError', location: 'Output' }],
      mapRuns: [{ mapRunArn: 'arn:run', status: 'succeeded', startedEventId: 5, redriveCount: 0 }],
    });
    const [plain] = toTimelineDocument(timeline({ visits: [visit('B', 2)] })).visits;
    for (const key of ['redriveAttempt', 'assignedVariables', 'evaluationFailures', 'mapRuns', 'input', 'output', 'inputTruncated'])
      expect(plain).not.toHaveProperty(key);
  });

  it('writes attempts with ISO times and without their payloads', () => {
    const attempt: Attempt = {
      number: 2,
      kind: 'lambda',
      firstEventId: 8,
      lastEventId: 10,
      status: 'failed',
      resource: 'arn:fn',
      resourceType: 'lambda',
      region: 'eu-west-1',
      parameters: { text: '{"p":1}', truncated: false },
      error: 'Boom',
      cause: 'bad',
      scheduledAt: atMs(100),
      startedAt: atMs(110),
      endedAt: null,
      durationMs: null,
      backoffMs: 2_000,
      length: 3,
    };
    const [doc] = toTimelineDocument(timeline({ visits: [visit('T', 7, { type: 'Task', attempts: [attempt] })] })).visits;
    expect(doc?.attempts).toEqual([
      {
        number: 2,
        kind: 'lambda',
        status: 'failed',
        resource: 'arn:fn',
        resourceType: 'lambda',
        error: 'Boom',
        cause: 'bad',
        scheduledAt: '2026-03-10T09:00:00.100Z',
        startedAt: '2026-03-10T09:00:00.110Z',
        endedAt: null,
        durationMs: null,
        backoffMs: 2_000,
        length: 3,
        firstEventId: 8,
        lastEventId: 10,
      },
    ]);
  });

  it('writes Map iterations and Parallel branches as children, with their visits nested', () => {
    const iteration: VisitGroup = {
      kind: 'MapIteration',
      index: 1,
      run: 2,
      name: 'Iteration 1',
      status: 'failed',
      firstEventId: 5,
      lastEventId: 9,
      startedAt: atMs(50),
      endedAt: null,
      durationMs: null,
      visits: [visit('Inner', 6)],
    };
    const [doc] = toTimelineDocument(timeline({ visits: [visit('M', 2, { type: 'Map', children: [iteration] })] })).visits;
    expect(doc?.children).toEqual([
      {
        name: 'Iteration 1',
        type: 'MapIteration',
        index: 1,
        run: 2,
        status: 'failed',
        startedAt: '2026-03-10T09:00:00.050Z',
        endedAt: null,
        durationMs: null,
        children: [expect.objectContaining({ name: 'Inner', enteredEventId: 6, children: [] })],
      },
    ]);
  });

  it('writes the failure analysis: the path as references, the root cause, caught errors and Fail states', () => {
    const a = visit('A', 2);
    const stop = visit('Stop', 4, { type: 'Fail', status: 'failed', error: 'Bad', cause: 'why' });
    const rootCause = { state: 'Stop', enteredEventId: 4, error: 'Bad', cause: 'why' };
    const causeChain = {
      failState: 'Stop',
      failStateEnteredEventId: 4,
      caught: { state: 'A', enteredEventId: 2, caughtIn: null, error: 'E', cause: null },
      inputReason: null,
    };
    const doc = toTimelineDocument(
      timeline({
        status: 'FAILED',
        error: 'Bad',
        cause: 'why',
        visits: [a, stop],
        failure: {
          failurePath: [a, stop],
          rootCause,
          caught: [{ state: 'A', enteredEventId: 2, error: 'E', cause: null, next: 'Stop' }],
          failStates: [{ name: 'Stop', enteredEventId: 4, error: 'Bad', cause: 'why' }],
          causeChain,
        },
      }),
    );
    expect(doc).toMatchObject({
      status: 'FAILED',
      error: 'Bad',
      cause: 'why',
      failurePath: [
        { name: 'A', type: 'Pass', status: 'succeeded', enteredEventId: 2 },
        { name: 'Stop', type: 'Fail', status: 'failed', enteredEventId: 4 },
      ],
      rootCause,
      caught: [{ state: 'A', error: 'E', cause: null, next: 'Stop', enteredEventId: 2 }],
      failStates: [{ name: 'Stop', enteredEventId: 4, error: 'Bad', cause: 'why' }],
      causeChain,
    });
  });

  it('lists unknown events with their raw type and details, and unplaced events by reference', () => {
    const unknown = ev(3, 2, 'StateMachineRewound', { to: 1 });
    const unplaced = ev(4, 3, 'TaskSucceeded', { output: '{}' });
    const doc = toTimelineDocument(timeline({ unknownEvents: [unknown], unplacedEvents: [unplaced] }));
    expect(doc.unknownEvents).toEqual([{ id: 3, previousEventId: 2, type: 'StateMachineRewound', details: { to: 1 } }]);
    expect(doc.unplacedEvents).toEqual([{ id: 4, previousEventId: 3, type: 'TaskSucceeded' }]);
  });

  it('bounds the details of an unknown event nested too deep, so the document can be printed', () => {
    const deep = JSON.parse(`${'['.repeat(5_000)}${']'.repeat(5_000)}`) as unknown;
    const doc = toTimelineDocument(timeline({ unknownEvents: [ev(3, 2, 'StateMachineRewound', { deep })] }));
    expect(JSON.stringify(doc.unknownEvents[0]?.details)).toBe(`{"deep":${'['.repeat(99)}"${deeperThan(100)}"${']'.repeat(99)}}`);
  });
});
