import { describe, expect, it } from 'vitest';
import { buildFailureAnalysis, containingChain, findFailingNode } from '@/lib/history/build-failure-analysis';
import { groupStateVisits, type VisitGrouping, type VisitNode } from '@/lib/history/group-state-visits';
import type { DerivedVisits } from '@/lib/history/to-state-visits';
import type { ExecutionEvent, StateVisit } from '@/lib/history/types';
import { at } from '../../support/at';
import { historyEvent as ev } from '../../support/history/history-events';

type VisitFacts = Partial<Pick<StateVisit, 'status' | 'error' | 'cause' | 'caughtBy'>>;

/**
 * The derived visits buildFailureAnalysis reads, made here from the grouped nodes with the given
 * facts by entered event id (status `succeeded` and no error unless given), so this test does not
 * depend on how to-state-visits derives them.
 */
function derive(grouping: VisitGrouping, facts: Record<number, VisitFacts> = {}): DerivedVisits {
  const nodeOf = new Map<StateVisit, VisitNode>();
  const visitOf = new Map<VisitNode, StateVisit>();
  const all = grouping.all.map((node) => {
    const visit: StateVisit = {
      name: node.name,
      type: node.type,
      enteredEventId: node.entered.id,
      exitedEventId: null,
      status: 'succeeded',
      startedAt: null,
      endedAt: null,
      durationMs: null,
      attempts: [],
      error: null,
      cause: null,
      caughtBy: null,
      evaluationFailures: [],
      mapRuns: [],
      redriveAttempt: 0,
      billableTransitions: 1,
      eventIds: node.events.map((e) => e.id),
      children: [],
      ...facts[node.entered.id],
    };
    nodeOf.set(visit, node);
    visitOf.set(node, visit);
    return visit;
  });
  return { roots: all.filter((v) => nodeOf.get(v)?.parent === null), all, nodeOf, visitOf };
}

function setUp(events: ExecutionEvent[], facts?: Record<number, VisitFacts>) {
  const grouping = groupStateVisits(events);
  const terminal = at(events, -1);
  const failingNode = findFailingNode(terminal, grouping.eventById, grouping);
  const analysis = buildFailureAnalysis(derive(grouping, facts), grouping, grouping.eventById, failingNode, terminal);
  return { grouping, failingNode, analysis };
}

const LAMBDA_CAUSE = '{"errorMessage":"card declined","errorType":"PaymentDeclined","stackTrace":["at charge (index.js:10)"]}';

/** Started → Pass A → Pass B → Task T, which fails the execution. */
const taskFails = (
  terminalType = 'ExecutionFailed',
  terminalDetails: Record<string, unknown> = { error: 'Boom', cause: 'from the execution' },
): ExecutionEvent[] => [
  ev(1, 0, 'ExecutionStarted', { input: '{}' }),
  ev(2, 1, 'PassStateEntered', { name: 'A' }),
  ev(3, 2, 'PassStateExited', { name: 'A' }),
  ev(4, 3, 'PassStateEntered', { name: 'B' }),
  ev(5, 4, 'PassStateExited', { name: 'B' }),
  ev(6, 5, 'TaskStateEntered', { name: 'T' }),
  ev(7, 6, 'TaskScheduled', {}),
  ev(8, 7, 'TaskFailed', { error: 'Boom', cause: LAMBDA_CAUSE }),
  ev(9, 8, terminalType, terminalDetails),
];

/** Started → Pass A → Map M, whose iteration 0 runs Task T, which fails the Map and the execution. */
const mapFails = (): ExecutionEvent[] => [
  ev(1, 0, 'ExecutionStarted', { input: '{}' }),
  ev(2, 1, 'PassStateEntered', { name: 'A' }),
  ev(3, 2, 'PassStateExited', { name: 'A' }),
  ev(4, 3, 'MapStateEntered', { name: 'M' }),
  ev(5, 4, 'MapStateStarted', { length: 1 }),
  ev(6, 5, 'MapIterationStarted', { name: 'M', index: 0 }),
  ev(7, 6, 'TaskStateEntered', { name: 'T' }),
  ev(8, 7, 'TaskScheduled', {}),
  ev(9, 8, 'TaskFailed', { error: 'Boom' }),
  ev(10, 9, 'MapIterationFailed', { name: 'M', index: 0 }),
  ev(11, 10, 'MapStateFailed', {}),
  ev(12, 11, 'ExecutionFailed', { error: 'Boom' }),
];

describe('findFailingNode', () => {
  it('is the visit that owns the event the terminal event points at', () => {
    const { failingNode } = setUp(taskFails());
    expect(failingNode?.name).toBe('T');
  });

  it('walks back through Map failure events to the state inside the iteration that failed', () => {
    const { failingNode } = setUp(mapFails());
    expect(failingNode?.name).toBe('T');
    expect(failingNode?.parent?.owner.name).toBe('M');
  });

  it('falls back to the last visit that never closed when the chain is broken', () => {
    const events = [
      ev(1, 0, 'ExecutionStarted'),
      ev(2, 1, 'TaskStateEntered', { name: 'T1' }),
      ev(3, 1, 'WaitStateEntered', { name: 'W' }),
      ev(4, 3, 'WaitStateExited', { name: 'W' }),
      ev(5, 99, 'ExecutionFailed'),
    ];
    const grouping = groupStateVisits(events);
    expect(findFailingNode(at(events, -1), grouping.eventById, grouping)?.name).toBe('T1');
  });

  it('finds none when the chain is broken and every visit closed', () => {
    const events = [
      ev(1, 0, 'ExecutionStarted'),
      ev(2, 1, 'PassStateEntered', { name: 'A' }),
      ev(3, 2, 'PassStateExited', { name: 'A' }),
      ev(4, 0, 'ExecutionFailed'),
    ];
    const grouping = groupStateVisits(events);
    expect(findFailingNode(at(events, -1), grouping.eventById, grouping)).toBeUndefined();
  });

  it('stops walking back at a pass-through event whose link points forward (damaged input)', () => {
    // MapStateFailed (4) names a later event, TaskFailed (7) of Task T: the failure stays with M.
    const events = [
      ev(1, 0, 'ExecutionStarted'),
      ev(2, 1, 'MapStateEntered', { name: 'M' }),
      ev(3, 2, 'MapStateStarted'),
      ev(4, 7, 'MapStateFailed'),
      ev(5, 4, 'ExecutionFailed'),
      ev(6, 1, 'TaskStateEntered', { name: 'T' }),
      ev(7, 6, 'TaskFailed', { error: 'E' }),
    ];
    const grouping = groupStateVisits(events);
    expect(findFailingNode(at(events, 4), grouping.eventById, grouping)?.name).toBe('M');
  });
});

describe('containingChain', () => {
  it('is empty when no visit failed', () => {
    expect(containingChain(undefined).size).toBe(0);
  });

  it('holds the failing visit and every Map or Parallel visit around it, innermost first', () => {
    const { failingNode } = setUp(mapFails());
    expect([...containingChain(failingNode)].map((v) => v.name)).toEqual(['T', 'M']);
  });

  it('holds only the failing visit at the top level', () => {
    const { failingNode } = setUp(taskFails());
    expect([...containingChain(failingNode)].map((v) => v.name)).toEqual(['T']);
  });
});

describe('buildFailureAnalysis', () => {
  it('follows entered events back from the failing visit to the first state', () => {
    const { analysis } = setUp(taskFails(), { 6: { status: 'failed', error: 'Boom', cause: LAMBDA_CAUSE } });
    expect(analysis.failurePath.map((v) => v.name)).toEqual(['A', 'B', 'T']);
  });

  it('climbs out of a Map iteration to the Map state on the way back', () => {
    const { analysis } = setUp(mapFails(), { 4: { status: 'failed' }, 7: { status: 'failed', error: 'Boom' } });
    expect(analysis.failurePath.map((v) => v.name)).toEqual(['A', 'M', 'T']);
  });

  it('takes the root cause from the failing visit, reading a Lambda error cause', () => {
    const { analysis } = setUp(taskFails(), { 6: { status: 'failed', error: 'Boom', cause: LAMBDA_CAUSE } });
    expect(analysis.rootCause).toEqual({
      state: 'T',
      enteredEventId: 6,
      error: 'Boom',
      cause: LAMBDA_CAUSE,
      causeJson: { errorMessage: 'card declined', errorType: 'PaymentDeclined', stackTrace: ['at charge (index.js:10)'] },
      errorMessage: 'card declined',
      errorType: 'PaymentDeclined',
      stackTrace: ['at charge (index.js:10)'],
    });
  });

  it("keeps the failing visit's missing cause rather than mixing in the execution's", () => {
    const { analysis } = setUp(taskFails(), { 6: { status: 'failed', error: 'Boom', cause: null } });
    expect(analysis.rootCause).toEqual({ state: 'T', enteredEventId: 6, error: 'Boom', cause: null });
  });

  it("uses the execution's error and cause when the failing visit has no error", () => {
    const { analysis } = setUp(taskFails(), { 6: { status: 'failed' } });
    expect(analysis.rootCause).toEqual({ state: 'T', enteredEventId: 6, error: 'Boom', cause: 'from the execution' });
  });

  it('says States.Timeout for an execution that timed out without naming an error', () => {
    const { analysis } = setUp(taskFails('ExecutionTimedOut', {}), { 6: { status: 'timed_out' } });
    expect(analysis.rootCause).toEqual({ state: 'T', enteredEventId: 6, error: 'States.Timeout', cause: null });
  });

  it('names no state when no failing visit was found', () => {
    const events = [ev(1, 0, 'ExecutionStarted'), ev(2, 0, 'ExecutionFailed', { error: 'States.Runtime', cause: 'bad input' })];
    const grouping = groupStateVisits(events);
    expect(buildFailureAnalysis(derive(grouping), grouping, grouping.eventById, undefined, at(events, -1))).toEqual({
      failurePath: [],
      rootCause: { state: null, enteredEventId: null, error: 'States.Runtime', cause: 'bad input' },
      caught: [],
      failStates: [],
      causeChain: null,
    });
  });

  it.each([
    ['succeeded', 'ExecutionSucceeded'],
    ['was aborted', 'ExecutionAborted'],
  ])('gives no root cause when the execution %s', (_, type) => {
    const events = taskFails(type, {});
    const grouping = groupStateVisits(events);
    expect(buildFailureAnalysis(derive(grouping), grouping, grouping.eventById, undefined, at(events, -1)).rootCause).toBeNull();
  });

  it('gives no root cause for a running execution', () => {
    const events = taskFails().slice(0, -1);
    const grouping = groupStateVisits(events);
    expect(buildFailureAnalysis(derive(grouping), grouping, grouping.eventById, undefined, undefined).rootCause).toBeNull();
  });

  it("lists caught errors, preferring what the Catch saw to the visit's own error", () => {
    const { analysis } = setUp(taskFails('ExecutionSucceeded', {}), {
      2: {
        status: 'caught',
        error: 'Own',
        cause: 'own cause',
        caughtBy: { error: 'Caught', cause: 'caught cause', next: 'B', nextEnteredEventId: 4 },
      },
      4: { status: 'caught', error: 'Own', cause: 'own cause' },
    });
    expect(analysis.caught).toEqual([
      { state: 'A', enteredEventId: 2, error: 'Caught', cause: 'caught cause', next: 'B' },
      { state: 'B', enteredEventId: 4, error: 'Own', cause: 'own cause', next: null },
    ]);
  });

  it('lists the Fail states reached, with their error and cause', () => {
    const events = [
      ev(1, 0, 'ExecutionStarted'),
      ev(2, 1, 'FailStateEntered', { name: 'Stop' }),
      ev(3, 2, 'ExecutionFailed', { error: 'Bad', cause: 'why' }),
    ];
    const { analysis } = setUp(events, { 2: { status: 'failed', error: 'Bad', cause: 'why' } });
    expect(analysis.failStates).toEqual([{ name: 'Stop', enteredEventId: 2, error: 'Bad', cause: 'why' }]);
    expect(analysis.failurePath.map((v) => v.name)).toEqual(['Stop']);
  });

  it('stops the path at a link that does not lead back to an earlier visit (damaged input)', () => {
    const events = [
      ev(1, 0, 'ExecutionStarted'),
      ev(2, 5, 'TaskStateEntered', { name: 'T' }),
      ev(3, 2, 'TaskFailed', { error: 'E' }),
      ev(4, 3, 'PassStateEntered', { name: 'Later' }),
      ev(5, 4, 'PassStateExited', { name: 'Later' }),
      ev(6, 3, 'ExecutionFailed'),
    ];
    const { analysis } = setUp(events, { 2: { status: 'failed', error: 'E' } });
    expect(analysis.failurePath.map((v) => v.name)).toEqual(['T']);
  });
});
