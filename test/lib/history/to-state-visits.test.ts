import { describe, expect, it } from 'vitest';
import { containingChain, findFailingNode } from '@/lib/history/build-failure-analysis';
import { groupStateVisits, type VisitGrouping, type VisitNode } from '@/lib/history/group-state-visits';
import { toStateVisits, type DerivedVisits, type VisitContext } from '@/lib/history/to-state-visits';
import type { ExecutionEvent, StateVisit } from '@/lib/history/types';
import { at } from '../../support/at';
import { atMs, historyEvent as ev } from '../../support/history/history-events';

const TERMINALS = new Set<string>(['ExecutionSucceeded', 'ExecutionFailed', 'ExecutionAborted', 'ExecutionTimedOut']);

/**
 * The context buildExecutionTimeline gives toStateVisits, from the same events: a visit belongs to
 * the run ending at the first terminal event after it; the failing visit is found by walking back
 * from a failing terminal event.
 */
function contextOf(events: readonly ExecutionEvent[], grouping: VisitGrouping): VisitContext {
  const terminals = events.filter((e) => TERMINALS.has(e.type));
  const last = terminals.at(-1);
  const failingNode =
    last && (last.type === 'ExecutionFailed' || last.type === 'ExecutionTimedOut')
      ? findFailingNode(last, grouping.eventById, grouping)
      : undefined;
  return {
    terminalFor: (visit) => terminals.find((t) => t.id > visit.entered.id),
    failingChain: containingChain(failingNode),
    failingNode,
  };
}

function derive(events: ExecutionEvent[], context?: Partial<VisitContext>): DerivedVisits & { grouping: VisitGrouping } {
  const grouping = groupStateVisits(events);
  return { ...toStateVisits(grouping, { ...contextOf(events, grouping), ...context }), grouping };
}

/** The one visit named `name` (at any depth). */
function visit(derived: DerivedVisits, name: string): StateVisit {
  const found = derived.all.filter((v) => v.name === name);
  if (found.length !== 1) throw new Error(`expected one visit of '${name}', found ${found.length}`);
  return at(found, 0);
}

const started = ev(1, 0, 'ExecutionStarted', { input: '{}' });

describe('toStateVisits: what a visit records', () => {
  it('gives a Pass state its events, payloads, times and one transition', () => {
    const events = [
      started,
      ev(2, 1, 'PassStateEntered', { name: 'A', input: '{"n":1}' }),
      ev(3, 2, 'PassStateExited', { name: 'A', output: '{"n":2}' }),
      ev(4, 3, 'ExecutionSucceeded', { output: '{"n":2}' }),
    ];
    const derived = derive(events);
    expect(derived.roots).toEqual([
      {
        name: 'A',
        type: 'Pass',
        enteredEventId: 2,
        exitedEventId: 3,
        status: 'succeeded',
        startedAt: atMs(20),
        endedAt: atMs(30),
        durationMs: 10,
        input: { text: '{"n":1}', truncated: false },
        output: { text: '{"n":2}', truncated: false },
        attempts: [],
        error: null,
        cause: null,
        caughtBy: null,
        evaluationFailures: [],
        mapRuns: [],
        redriveAttempt: 0,
        billableTransitions: 1,
        eventIds: [2, 3],
        children: [],
      },
    ]);
  });

  it('marks payloads AWS says were truncated', () => {
    const derived = derive([
      started,
      ev(2, 1, 'PassStateEntered', { name: 'A', input: '{"big":', inputDetails: { truncated: true } }),
      ev(3, 2, 'PassStateExited', { name: 'A', output: '{"big":', outputDetails: { truncated: true } }),
    ]);
    expect(visit(derived, 'A')).toMatchObject({
      input: { text: '{"big":', truncated: true },
      output: { text: '{"big":', truncated: true },
    });
  });

  it('leaves input and output out when the events carry none (a cut history, or a visit still running)', () => {
    const a = visit(derive([started, ev(2, 1, 'WaitStateEntered', { name: 'A' })]), 'A');
    expect('input' in a).toBe(false);
    expect('output' in a).toBe(false);
    expect('assignedVariables' in a).toBe(false);
    expect(a).toMatchObject({ exitedEventId: null, status: 'running', endedAt: null, durationMs: null });
  });

  it('has no duration when a timestamp is missing (masked recordings)', () => {
    const a = visit(derive([started, ev(2, 1, 'PassStateEntered', { name: 'A' }, null), ev(3, 2, 'PassStateExited', { name: 'A' })]), 'A');
    expect(a).toMatchObject({ startedAt: null, endedAt: atMs(30), durationMs: null });
  });

  it('wraps the variables an exit assigned as payloads, truncation flag included, keeping a "__proto__" name as its own key', () => {
    const derived = derive([
      started,
      ev(2, 1, 'PassStateEntered', { name: 'A' }),
      ev(3, 2, 'PassStateExited', {
        name: 'A',
        assignedVariables: JSON.parse('{"status":"\\"OK\\"","__proto__":"1"}') as Record<string, string>,
        assignedVariablesDetails: { truncated: true },
      }),
      ev(4, 3, 'PassStateEntered', { name: 'B' }),
      ev(5, 4, 'PassStateExited', { name: 'B', assignedVariables: { n: '2' } }),
    ]);
    const assigned = visit(derived, 'A').assignedVariables ?? {};
    expect(Object.keys(assigned)).toEqual(['status', '__proto__']);
    expect(Object.getOwnPropertyDescriptor(assigned, '__proto__')?.value).toEqual({ text: '1', truncated: true });
    expect(assigned.status).toEqual({ text: '"OK"', truncated: true });
    expect(Object.getPrototypeOf(assigned)).toBe(Object.prototype);
    expect(visit(derived, 'B').assignedVariables).toEqual({ n: { text: '2', truncated: false } });
  });

  it('counts the redrive a visit ran in', () => {
    const derived = derive([
      started,
      ev(2, 1, 'TaskStateEntered', { name: 'T' }),
      ev(3, 2, 'TaskScheduled', {}),
      ev(4, 3, 'TaskFailed', { error: 'Boom' }),
      ev(5, 4, 'ExecutionFailed', { error: 'Boom' }),
      ev(6, 5, 'ExecutionRedriven', { redriveCount: 1 }),
      ev(7, 6, 'TaskStateEntered', { name: 'T' }),
      ev(8, 7, 'TaskScheduled', {}),
      ev(9, 8, 'TaskSucceeded', { output: '{}' }),
      ev(10, 9, 'TaskStateExited', { name: 'T', output: '{}' }),
      ev(11, 10, 'ExecutionSucceeded', { output: '{}' }),
    ]);
    // Each visit takes its status from its own run's end: the first run failed, the redrive succeeded.
    expect(derived.roots.map((v) => [v.name, v.redriveAttempt, v.status, v.error])).toEqual([
      ['T', 0, 'failed', 'Boom'],
      ['T', 1, 'succeeded', null],
    ]);
  });
});

describe('toStateVisits: billable transitions (1 per visit, plus 1 per retry)', () => {
  const task = (...scheduled: string[]): ExecutionEvent[] => [
    started,
    ev(2, 1, 'TaskStateEntered', { name: 'T' }),
    ...scheduled.flatMap((type, i) => [ev(3 + 2 * i, 2 + 2 * i, type, {}), ev(4 + 2 * i, 3 + 2 * i, 'TaskFailed', { error: 'E' })]),
  ];

  it.each([
    ['a Task cut before it was scheduled', 1, []],
    ['a Task scheduled once', 1, ['TaskScheduled']],
    ['a Task retried twice', 3, ['TaskScheduled', 'TaskScheduled', 'TaskScheduled']],
    ['a Lambda function retried once', 2, ['LambdaFunctionScheduled', 'LambdaFunctionScheduled']],
    ['an activity retried once', 2, ['ActivityScheduled', 'ActivityScheduled']],
    ['a Task submitted after it was scheduled (not a retry)', 1, ['TaskScheduled', 'TaskSubmitted']],
  ])('%s: %i', (_, transitions, scheduled) => {
    expect(visit(derive(task(...scheduled)), 'T').billableTransitions).toBe(transitions);
  });

  it('counts a Map state once however many iterations it runs; its children count for themselves', () => {
    const derived = derive([
      started,
      ev(2, 1, 'MapStateEntered', { name: 'M' }),
      ev(3, 2, 'MapStateStarted', { length: 2 }),
      ev(4, 3, 'MapIterationStarted', { name: 'M', index: 0 }),
      ev(5, 4, 'TaskStateEntered', { name: 'T' }),
      ev(6, 5, 'TaskScheduled', {}),
      ev(7, 6, 'TaskFailed', { error: 'E' }),
      ev(8, 7, 'TaskScheduled', {}),
    ]);
    expect(derived.all.map((v) => [v.name, v.billableTransitions])).toEqual([
      ['M', 1],
      ['T', 2],
    ]);
  });
});

describe('toStateVisits: attempts', () => {
  it('keeps a retried Task attempt per schedule, and a failure a retry followed does not fail the visit', () => {
    const t = visit(
      derive([
        started,
        ev(2, 1, 'TaskStateEntered', { name: 'T' }),
        ev(3, 2, 'TaskScheduled', { resource: 'invoke' }),
        ev(4, 3, 'TaskStarted'),
        ev(5, 4, 'TaskFailed', { error: 'Flaky' }),
        ev(6, 5, 'TaskScheduled', { resource: 'invoke' }),
        ev(7, 6, 'TaskStarted'),
        ev(8, 7, 'TaskSucceeded', { output: '{}' }),
        ev(9, 8, 'TaskStateExited', { name: 'T', output: '{}' }),
      ]),
      'T',
    );
    expect(t.attempts.map((a) => [a.number, a.status, a.firstEventId, a.lastEventId, a.error])).toEqual([
      [1, 'failed', 3, 5, 'Flaky'],
      [2, 'succeeded', 6, 8, undefined],
    ]);
    expect(t).toMatchObject({ status: 'succeeded', error: null, caughtBy: null, billableTransitions: 2 });
  });

  it.each([
    ['aborted, when the execution was aborted', [ev(7, 6, 'ExecutionAborted', {})], 'aborted'],
    ['timed out, when the execution timed out', [ev(7, 6, 'ExecutionTimedOut', {})], 'timed_out'],
    [
      'aborted, when a state in another branch failed the execution',
      [ev(7, 3, 'FailStateEntered', { name: 'Stop', error: 'Halt' }), ev(8, 7, 'ExecutionFailed', { error: 'Halt' })],
      'aborted',
    ],
  ])('cuts off an attempt still open when its visit ended: %s', (_, ending, status) => {
    const events = [
      started,
      ev(2, 1, 'ParallelStateEntered', { name: 'P' }),
      ev(3, 2, 'ParallelStateStarted'),
      ev(4, 3, 'TaskStateEntered', { name: 'Slow' }),
      ev(5, 4, 'TaskScheduled', {}),
      ev(6, 5, 'TaskStarted'),
      ...ending,
    ];
    const slow = visit(derive(events), 'Slow');
    expect([slow.status, slow.attempts.map((a) => a.status)]).toEqual([status, [status]]);
    // A visit with no end of its own lasted until the execution ended around it, and so did its open attempt.
    const executionEnd = ending.at(-1)?.timestamp;
    expect(slow).toMatchObject({ endedAt: executionEnd, durationMs: (executionEnd?.getTime() ?? 0) - atMs(40).getTime() });
    expect(slow.attempts[0]).toMatchObject({ endedAt: executionEnd });
  });

  it('leaves the attempt of a visit still running open', () => {
    const t = visit(
      derive([started, ev(2, 1, 'TaskStateEntered', { name: 'T' }), ev(3, 2, 'TaskScheduled', {}), ev(4, 3, 'TaskStarted')]),
      'T',
    );
    expect([t.status, t.endedAt, t.durationMs, t.attempts.map((a) => a.status)]).toEqual(['running', null, null, ['running']]);
  });

  it('ends a Task visit at its own TaskStateAborted, and aborts the attempt that was open', () => {
    const t = visit(
      derive([
        started,
        ev(2, 1, 'TaskStateEntered', { name: 'T' }),
        ev(3, 2, 'TaskScheduled', {}),
        ev(4, 3, 'TaskStarted'),
        ev(5, 4, 'TaskStateAborted', {}),
        ev(6, 5, 'ExecutionAborted', {}),
      ]),
      'T',
    );
    expect([t.status, t.endedAt, t.durationMs, t.attempts.map((a) => a.status)]).toEqual(['aborted', atMs(50), 30, ['aborted']]);
  });
});

describe('toStateVisits: errors and catches', () => {
  it('records a caught error with the state the Catch routed to and its entered event', () => {
    const derived = derive([
      started,
      ev(2, 1, 'TaskStateEntered', { name: 'Charge' }),
      ev(3, 2, 'TaskScheduled', {}),
      ev(4, 3, 'TaskFailed', { error: 'Declined', cause: 'card declined' }),
      ev(5, 4, 'TaskStateExited', { name: 'Charge', output: '{"Error":"Declined","Cause":"card declined"}' }),
      ev(6, 5, 'PassStateEntered', { name: 'RecordDecline' }),
      ev(7, 6, 'PassStateExited', { name: 'RecordDecline' }),
      ev(8, 7, 'ExecutionSucceeded', {}),
    ]);
    expect(visit(derived, 'Charge')).toMatchObject({
      status: 'caught',
      error: 'Declined',
      cause: 'card declined',
      caughtBy: { error: 'Declined', cause: 'card declined', next: 'RecordDecline', nextEnteredEventId: 6 },
      endedAt: atMs(50),
      durationMs: 30,
    });
    expect(visit(derived, 'RecordDecline').caughtBy).toBeNull();
  });

  it('names no next state when the history ends at the catching exit', () => {
    const charge = visit(
      derive([
        started,
        ev(2, 1, 'TaskStateEntered', { name: 'Charge' }),
        ev(3, 2, 'TaskScheduled', {}),
        ev(4, 3, 'TaskFailed', { error: 'Declined' }),
        ev(5, 4, 'TaskStateExited', { name: 'Charge' }),
      ]),
      'Charge',
    );
    expect(charge.caughtBy).toEqual({ error: 'Declined', cause: null, next: null, nextEnteredEventId: null });
  });

  it('reads the error of a caught failure that names none from the {Error, Cause} its Catch wrote to the output', () => {
    const charge = visit(
      derive([
        started,
        ev(2, 1, 'TaskStateEntered', { name: 'Charge' }),
        ev(3, 2, 'TaskScheduled', {}),
        ev(4, 3, 'TaskFailed', {}),
        ev(5, 4, 'TaskStateExited', { name: 'Charge', output: '{"Error":"Declined","Cause":"card declined"}' }),
      ]),
      'Charge',
    );
    expect(charge.caughtBy).toEqual({ error: 'Declined', cause: 'card declined', next: null, nextEnteredEventId: null });
  });

  it.each([
    ['TaskTimedOut', {}, 'timed_out', 'States.Timeout', null],
    ['TaskTimedOut', { error: 'States.HeartbeatTimeout', cause: 'no heartbeat' }, 'timed_out', 'States.HeartbeatTimeout', 'no heartbeat'],
    ['TaskFailed', { error: 'Boom', cause: 'it broke' }, 'failed', 'Boom', 'it broke'],
    ['LambdaFunctionFailed', { error: 'Unhandled' }, 'failed', 'Unhandled', null],
  ])('a Task ended by %s %j is %s with error %s', (type, details, status, error, cause) => {
    const t = visit(
      derive([
        started,
        ev(2, 1, 'TaskStateEntered', { name: 'T' }),
        ev(3, 2, 'TaskScheduled', {}),
        ev(4, 3, type, details),
        ev(5, 4, 'ExecutionFailed', { error: 'FromExecution', cause: 'execution cause' }),
      ]),
      'T',
    );
    expect([t.status, t.error, t.cause, t.caughtBy]).toEqual([status, error, cause, null]);
  });

  it('gives a Fail state the error of its entered event, and ends it where it was entered', () => {
    const stop = visit(
      derive([
        started,
        ev(2, 1, 'FailStateEntered', { name: 'Stop', error: 'OrderRejected', cause: 'out of stock' }),
        ev(3, 2, 'ExecutionFailed', { error: 'OrderRejected', cause: 'out of stock' }),
      ]),
      'Stop',
    );
    expect(stop).toMatchObject({ status: 'failed', error: 'OrderRejected', cause: 'out of stock', endedAt: atMs(20), durationMs: 0 });
  });

  it("gives the execution's error only to the visit that failed the execution", () => {
    const derived = derive([
      started,
      ev(2, 1, 'ParallelStateEntered', { name: 'P' }),
      ev(3, 2, 'ParallelStateStarted'),
      ev(4, 3, 'FailStateEntered', { name: 'Stop' }),
      ev(5, 3, 'WaitStateEntered', { name: 'Wait' }),
      ev(6, 4, 'ExecutionFailed', { error: 'Halted', cause: 'by Stop' }),
    ]);
    expect(derived.all.map((v) => [v.name, v.status, v.error, v.cause])).toEqual([
      ['P', 'failed', null, null],
      ['Stop', 'failed', 'Halted', 'by Stop'],
      ['Wait', 'aborted', null, null],
    ]);
  });

  it('records EvaluationFailed events of the visit they name, which fail it', () => {
    const a = visit(
      derive([
        started,
        ev(2, 1, 'PassStateEntered', { name: 'A' }),
        ev(3, 2, 'EvaluationFailed', {
          state: 'A',
          error: 'States.QueryEvaluationError',
          cause: 'The JSONata expression cannot be evaluated',
          location: 'Output',
        }),
        ev(4, 3, 'ExecutionFailed', { error: 'States.QueryEvaluationError' }),
      ]),
      'A',
    );
    expect(a.evaluationFailures).toEqual([
      { eventId: 3, error: 'States.QueryEvaluationError', cause: 'The JSONata expression cannot be evaluated', location: 'Output' },
    ]);
    expect([a.status, a.error, a.eventIds]).toEqual(['failed', 'States.QueryEvaluationError', [2, 3]]);
  });
});

describe('toStateVisits: Distributed Map runs', () => {
  const ARN = 'arn:aws:states:us-east-1:123456789012:mapRun:orders/M:run-1';
  const mapWith = (...runEvents: [string, Record<string, unknown>][]): ExecutionEvent[] => [
    started,
    ev(2, 1, 'MapStateEntered', { name: 'M' }),
    ev(3, 2, 'MapStateStarted', { length: 0 }),
    ...runEvents.map(([type, details], i) => ev(4 + i, 3 + i, type, details)),
  ];

  it.each([
    [
      'started and still running',
      [['MapRunStarted', { mapRunArn: ARN }]],
      [{ mapRunArn: ARN, status: 'running', startedEventId: 4, redriveCount: 0 }],
    ],
    [
      'succeeded',
      [
        ['MapRunStarted', { mapRunArn: ARN }],
        ['MapRunSucceeded', {}],
      ],
      [{ mapRunArn: ARN, status: 'succeeded', startedEventId: 4, redriveCount: 0 }],
    ],
    [
      'failed, with its error and cause',
      [
        ['MapRunStarted', { mapRunArn: ARN }],
        ['MapRunFailed', { error: 'States.ExceedToleratedFailureThreshold', cause: 'too many failed' }],
      ],
      [
        {
          mapRunArn: ARN,
          status: 'failed',
          error: 'States.ExceedToleratedFailureThreshold',
          cause: 'too many failed',
          startedEventId: 4,
          redriveCount: 0,
        },
      ],
    ],
    [
      'aborted',
      [
        ['MapRunStarted', { mapRunArn: ARN }],
        ['MapRunAborted', {}],
      ],
      [{ mapRunArn: ARN, status: 'aborted', startedEventId: 4, redriveCount: 0 }],
    ],
    [
      'redriven, running again with the redrive count the event gives',
      [
        ['MapRunStarted', { mapRunArn: ARN }],
        ['MapRunFailed', {}],
        ['MapRunRedriven', { mapRunArn: ARN, redriveCount: 3 }],
      ],
      [{ mapRunArn: ARN, status: 'running', startedEventId: 4, redriveCount: 3 }],
    ],
    [
      'redriven twice without counts: counted here',
      [
        ['MapRunStarted', { mapRunArn: ARN }],
        ['MapRunFailed', {}],
        ['MapRunRedriven', {}],
        ['MapRunFailed', {}],
        ['MapRunRedriven', {}],
      ],
      [{ mapRunArn: ARN, status: 'running', startedEventId: 4, redriveCount: 2 }],
    ],
    ['started without an ARN', [['MapRunStarted', {}]], [{ mapRunArn: null, status: 'running', startedEventId: 4, redriveCount: 0 }]],
    ['ended before any MapRunStarted: ignored', [['MapRunSucceeded', {}]], []],
  ] as [string, [string, Record<string, unknown>][], unknown[]][])('a map run %s', (_, runEvents, mapRuns) => {
    expect(visit(derive(mapWith(...runEvents)), 'M').mapRuns).toEqual(mapRuns);
  });

  it('fails the Map state with the error of a failed map run that nothing followed', () => {
    const m = visit(
      derive([
        ...mapWith(
          ['MapRunStarted', { mapRunArn: ARN }],
          ['MapRunFailed', { error: 'States.ExceedToleratedFailureThreshold', cause: 'too many' }],
        ),
        ev(6, 5, 'ExecutionFailed', {}),
      ]),
      'M',
    );
    expect([m.status, m.error, m.cause]).toEqual(['failed', 'States.ExceedToleratedFailureThreshold', 'too many']);
  });
});

describe('toStateVisits: Map iterations and Parallel branches', () => {
  /** Map M with two iterations of Task T; iteration 1's Task fails, failing the Map and the execution. */
  const mapFails = (): ExecutionEvent[] => [
    started,
    ev(2, 1, 'MapStateEntered', { name: 'M' }),
    ev(3, 2, 'MapStateStarted', { length: 2 }),
    ev(4, 3, 'MapIterationStarted', { name: 'M', index: 0 }),
    ev(5, 3, 'MapIterationStarted', { name: 'M', index: 1 }),
    ev(6, 4, 'PassStateEntered', { name: 'Ok' }),
    ev(7, 6, 'PassStateExited', { name: 'Ok' }),
    ev(8, 7, 'MapIterationSucceeded', { name: 'M', index: 0 }),
    ev(9, 5, 'TaskStateEntered', { name: 'T' }),
    ev(10, 9, 'TaskScheduled', {}),
    ev(11, 10, 'TaskFailed', { error: 'Boom', cause: 'from T' }),
    ev(12, 11, 'MapIterationFailed', { name: 'M', index: 1 }),
    ev(13, 12, 'MapStateFailed', {}),
    ev(14, 13, 'ExecutionFailed', {}),
  ];

  it('derives iterations as groups with their own status, span and visits', () => {
    const m = visit(derive(mapFails()), 'M');
    expect(m.children.map(({ visits, ...group }) => ({ ...group, visits: visits.map((v) => [v.name, v.status]) }))).toEqual([
      {
        kind: 'MapIteration',
        index: 0,
        run: 1,
        name: 'Iteration 0',
        status: 'succeeded',
        firstEventId: 4,
        lastEventId: 8,
        startedAt: atMs(40),
        endedAt: atMs(80),
        durationMs: 40,
        visits: [['Ok', 'succeeded']],
      },
      {
        kind: 'MapIteration',
        index: 1,
        run: 1,
        name: 'Iteration 1',
        status: 'failed',
        firstEventId: 5,
        lastEventId: 12,
        startedAt: atMs(50),
        endedAt: atMs(120),
        durationMs: 70,
        visits: [['T', 'failed']],
      },
    ]);
  });

  it('derives children before their Map: a Map failure that names no error takes the failed child’s', () => {
    const derived = derive(mapFails());
    expect(visit(derived, 'M')).toMatchObject({ status: 'failed', error: 'Boom', cause: 'from T', endedAt: atMs(130), durationMs: 110 });
    expect(visit(derived, 'M').attempts.map((a) => [a.kind, a.status, a.length])).toEqual([['map', 'failed', 2]]);
  });

  it('lists every visit in order of its entered event, roots only at the top, and maps visits and nodes both ways', () => {
    const derived = derive(mapFails());
    expect(derived.all.map((v) => v.name)).toEqual(['M', 'Ok', 'T']);
    expect(derived.roots.map((v) => v.name)).toEqual(['M']);
    expect(derived.roots[0]?.children.flatMap((g) => g.visits)).toEqual([visit(derived, 'Ok'), visit(derived, 'T')]);
    for (const [i, node] of derived.grouping.all.entries()) {
      const v = at(derived.all, i);
      expect(derived.visitOf.get(node)).toBe(v);
      expect(derived.nodeOf.get(v)).toBe(node);
    }
    expect(derived.nodeOf.size).toBe(3);
  });

  it('starts and ends a Parallel branch with its visits, and takes its status from its last visit (a caught one is caught)', () => {
    const derived = derive([
      started,
      ev(2, 1, 'ParallelStateEntered', { name: 'P' }),
      ev(3, 2, 'ParallelStateStarted'),
      ev(4, 3, 'PassStateEntered', { name: 'A' }),
      ev(5, 3, 'TaskStateEntered', { name: 'B' }),
      ev(6, 4, 'PassStateExited', { name: 'A' }),
      ev(7, 5, 'TaskScheduled', {}),
      ev(8, 7, 'TaskFailed', { error: 'Boom' }),
      ev(9, 8, 'TaskStateExited', { name: 'B' }),
      ev(10, 9, 'ParallelStateSucceeded'),
      ev(11, 10, 'ParallelStateExited', { name: 'P', output: '[{},{}]' }),
    ]);
    const p = visit(derived, 'P');
    expect(p.children.map(({ visits, ...group }) => ({ ...group, visits: visits.map((v) => [v.name, v.status]) }))).toEqual([
      {
        kind: 'ParallelBranch',
        index: 0,
        run: 1,
        name: 'Branch 0',
        status: 'succeeded',
        firstEventId: 4,
        lastEventId: 6,
        startedAt: atMs(40),
        endedAt: atMs(60),
        durationMs: 20,
        visits: [['A', 'succeeded']],
      },
      {
        kind: 'ParallelBranch',
        index: 1,
        run: 1,
        name: 'Branch 1',
        status: 'caught',
        firstEventId: 5,
        lastEventId: 9,
        startedAt: atMs(50),
        endedAt: atMs(90),
        durationMs: 40,
        visits: [['B', 'caught']],
      },
    ]);
    expect(p).toMatchObject({ status: 'succeeded', error: null, durationMs: 90 });
  });

  it('marks a Map iteration caught when an error was caught inside it, even when a later visit succeeded', () => {
    const m = visit(
      derive([
        started,
        ev(2, 1, 'MapStateEntered', { name: 'M' }),
        ev(3, 2, 'MapStateStarted', { length: 2 }),
        ev(4, 3, 'MapIterationStarted', { name: 'M', index: 0 }),
        ev(5, 4, 'TaskStateEntered', { name: 'Label' }),
        ev(6, 5, 'TaskScheduled', {}),
        ev(7, 6, 'TaskFailed', { error: 'AddressValidationError' }),
        ev(8, 7, 'TaskStateExited', { name: 'Label' }),
        ev(9, 8, 'PassStateEntered', { name: 'Flag' }),
        ev(10, 9, 'PassStateExited', { name: 'Flag' }),
        ev(11, 10, 'MapIterationSucceeded', { name: 'M', index: 0 }),
        ev(12, 3, 'MapIterationStarted', { name: 'M', index: 1 }),
        ev(13, 12, 'PassStateEntered', { name: 'Flag' }),
        ev(14, 13, 'PassStateExited', { name: 'Flag' }),
        ev(15, 14, 'MapIterationSucceeded', { name: 'M', index: 1 }),
        ev(16, 15, 'MapStateSucceeded'),
        ev(17, 16, 'MapStateExited', { name: 'M', output: '[]' }),
      ]),
      'M',
    );
    expect(m.children.map((g) => [g.name, g.status, g.visits.map((v) => v.status)])).toEqual([
      ['Iteration 0', 'caught', ['caught', 'succeeded']],
      ['Iteration 1', 'succeeded', ['succeeded']],
    ]);
    expect(m.status).toBe('succeeded');
  });

  it('marks an iteration caught when the error was caught in a Map nested inside it', () => {
    const derived = derive([
      started,
      ev(2, 1, 'MapStateEntered', { name: 'Outer' }),
      ev(3, 2, 'MapStateStarted', { length: 1 }),
      ev(4, 3, 'MapIterationStarted', { name: 'Outer', index: 0 }),
      ev(5, 4, 'MapStateEntered', { name: 'Inner' }),
      ev(6, 5, 'MapStateStarted', { length: 1 }),
      ev(7, 6, 'MapIterationStarted', { name: 'Inner', index: 0 }),
      ev(8, 7, 'TaskStateEntered', { name: 'Work' }),
      ev(9, 8, 'TaskScheduled', {}),
      ev(10, 9, 'TaskFailed', { error: 'Oops' }),
      ev(11, 10, 'TaskStateExited', { name: 'Work' }),
      ev(12, 11, 'MapIterationSucceeded', { name: 'Inner', index: 0 }),
      ev(13, 12, 'MapStateSucceeded'),
      ev(14, 13, 'MapStateExited', { name: 'Inner', output: '[]' }),
      ev(15, 14, 'MapIterationSucceeded', { name: 'Outer', index: 0 }),
      ev(16, 15, 'MapStateSucceeded'),
      ev(17, 16, 'MapStateExited', { name: 'Outer', output: '[]' }),
    ]);
    expect(visit(derived, 'Inner')).toMatchObject({ status: 'succeeded' });
    expect(visit(derived, 'Inner').children.map((g) => g.status)).toEqual(['caught']);
    expect(visit(derived, 'Outer').children.map((g) => g.status)).toEqual(['caught']);
  });

  it('leaves a group running, with no end, while its last visit runs', () => {
    const m = visit(
      derive([
        started,
        ev(2, 1, 'MapStateEntered', { name: 'M' }),
        ev(3, 2, 'MapStateStarted', { length: 1 }),
        ev(4, 3, 'MapIterationStarted', { name: 'M', index: 0 }),
        ev(5, 4, 'WaitStateEntered', { name: 'W' }),
      ]),
      'M',
    );
    expect(m.children.map((g) => [g.status, g.startedAt, g.endedAt, g.durationMs, g.lastEventId])).toEqual([
      ['running', atMs(40), null, null, 5],
    ]);
    expect([m.status, m.durationMs]).toEqual(['running', null]);
  });

  it('takes a group’s last event id from its nested groups too', () => {
    const outer = visit(
      derive([
        started,
        ev(2, 1, 'ParallelStateEntered', { name: 'Outer' }),
        ev(3, 2, 'ParallelStateStarted'),
        ev(4, 3, 'ParallelStateEntered', { name: 'Inner' }),
        ev(5, 4, 'ParallelStateStarted'),
        ev(6, 5, 'PassStateEntered', { name: 'Leaf' }),
        ev(7, 6, 'PassStateExited', { name: 'Leaf' }),
        ev(8, 7, 'ParallelStateSucceeded'),
        ev(9, 8, 'ParallelStateExited', { name: 'Inner' }),
        ev(10, 9, 'ParallelStateSucceeded'),
        ev(11, 10, 'ParallelStateExited', { name: 'Outer' }),
      ]),
      'Outer',
    );
    expect(outer.children.map((g) => [g.name, g.firstEventId, g.lastEventId])).toEqual([['Branch 0', 4, 9]]);
    expect(outer.children[0]?.visits[0]?.children.map((g) => [g.name, g.firstEventId, g.lastEventId])).toEqual([['Branch 0', 6, 7]]);
  });

  it('takes a group’s last event id from a nested group that went on after its owner’s own last event', () => {
    const outer = visit(
      derive([
        started,
        ev(2, 1, 'ParallelStateEntered', { name: 'Outer' }),
        ev(3, 2, 'ParallelStateStarted'),
        ev(4, 3, 'ParallelStateEntered', { name: 'Inner' }),
        ev(5, 4, 'ParallelStateStarted'),
        ev(6, 5, 'PassStateEntered', { name: 'Leaf' }),
        ev(7, 6, 'PassStateExited', { name: 'Leaf' }),
      ]),
      'Outer',
    );
    expect(outer.children[0]?.visits[0]?.eventIds).toEqual([4, 5]);
    expect(outer.children.map((g) => [g.name, g.status, g.lastEventId])).toEqual([['Branch 0', 'running', 7]]);
  });

  it('numbers the iterations of a retried Map by run, and the iteration failure the retry followed does not fail the Map', () => {
    const m = visit(
      derive([
        started,
        ev(2, 1, 'MapStateEntered', { name: 'M' }),
        ev(3, 2, 'MapStateStarted', { length: 1 }),
        ev(4, 3, 'MapIterationStarted', { name: 'M', index: 0 }),
        ev(5, 4, 'FailStateEntered', { name: 'Nope', error: 'Flaky' }),
        ev(6, 5, 'MapIterationFailed', { name: 'M', index: 0 }),
        ev(7, 6, 'MapStateStarted', { length: 1 }),
        ev(8, 7, 'MapIterationStarted', { name: 'M', index: 0 }),
        ev(9, 8, 'PassStateEntered', { name: 'Ok' }),
        ev(10, 9, 'PassStateExited', { name: 'Ok' }),
        ev(11, 10, 'MapIterationSucceeded', { name: 'M', index: 0 }),
        ev(12, 11, 'MapStateSucceeded'),
        ev(13, 12, 'MapStateExited', { name: 'M', output: '[{}]' }),
      ]),
      'M',
    );
    expect(m.children.map((g) => [g.name, g.run, g.status])).toEqual([
      ['Iteration 0', 1, 'failed'],
      ['Iteration 0', 2, 'succeeded'],
    ]);
    expect(m.attempts.map((a) => [a.number, a.kind, a.status])).toEqual([
      [1, 'map', 'failed'],
      [2, 'map', 'succeeded'],
    ]);
    expect(m).toMatchObject({ status: 'succeeded', error: null, caughtBy: null, output: { text: '[{}]', truncated: false } });
  });
});

describe('toStateVisits: a Map or Parallel state’s own failures', () => {
  it.each(['MapIterationFailed', 'MapIterationAborted'])(
    'does not take an iteration’s end (%s) as the Map’s own: a Map that goes on to exit succeeded, one still going runs',
    (iterationEnd) => {
      const upToIteration = [
        started,
        ev(2, 1, 'MapStateEntered', { name: 'M' }),
        ev(3, 2, 'MapStateStarted', { length: 1 }),
        ev(4, 3, 'MapIterationStarted', { name: 'M', index: 0 }),
        ev(5, 4, 'FailStateEntered', { name: 'Nope', error: 'Tolerated' }),
        ev(6, 5, iterationEnd, { name: 'M', index: 0 }),
      ];
      const exited = [...upToIteration, ev(7, 6, 'MapStateSucceeded'), ev(8, 7, 'MapStateExited', { name: 'M', output: '[]' })];
      expect(visit(derive(exited), 'M')).toMatchObject({ status: 'succeeded', error: null, caughtBy: null });
      expect(visit(derive(upToIteration), 'M')).toMatchObject({ status: 'running', error: null });
    },
  );

  it('forgets a Parallel state’s failure that a retry (a new ParallelStateStarted) followed', () => {
    const p = visit(
      derive([
        started,
        ev(2, 1, 'ParallelStateEntered', { name: 'P' }),
        ev(3, 2, 'ParallelStateStarted'),
        ev(4, 3, 'FailStateEntered', { name: 'Nope', error: 'Flaky' }),
        ev(5, 4, 'ParallelStateFailed', { error: 'Flaky' }),
        ev(6, 5, 'ParallelStateStarted'),
        ev(7, 6, 'PassStateEntered', { name: 'Ok' }),
        ev(8, 7, 'PassStateExited', { name: 'Ok' }),
        ev(9, 8, 'ParallelStateSucceeded'),
        ev(10, 9, 'ParallelStateExited', { name: 'P', output: '[{}]' }),
      ]),
      'P',
    );
    expect(p).toMatchObject({ status: 'succeeded', error: null, caughtBy: null });
    expect(p.children.map((g) => [g.name, g.run, g.status])).toEqual([
      ['Branch 0', 1, 'failed'],
      ['Branch 0', 2, 'succeeded'],
    ]);
  });
});

describe('toStateVisits: status wiring', () => {
  const waitThen = (terminal?: string): ExecutionEvent[] => [
    started,
    ev(2, 1, 'WaitStateEntered', { name: 'W' }),
    ...(terminal ? [ev(3, 2, terminal, {})] : []),
  ];

  it.each([
    ['no terminal event: running', undefined, 'running'],
    ['ExecutionSucceeded: succeeded', 'ExecutionSucceeded', 'succeeded'],
    ['ExecutionAborted: aborted', 'ExecutionAborted', 'aborted'],
    ['ExecutionTimedOut: timed out', 'ExecutionTimedOut', 'timed_out'],
  ])('a visit with no end of its own borrows its run’s end, %s', (_, terminal, status) => {
    expect(visit(derive(waitThen(terminal)), 'W').status).toBe(status);
  });

  it('asks the context which terminal event ends the visit’s run and whether it is on the failing chain', () => {
    const events = waitThen('ExecutionFailed');
    const grouping = groupStateVisits(events);
    const node = at(grouping.all, 0);
    const failed = at(events, -1);
    const statusWith = (context: VisitContext) => at(toStateVisits(grouping, context).all, 0).status;
    expect(statusWith({ terminalFor: () => failed, failingChain: new Set([node]), failingNode: node })).toBe('failed');
    expect(statusWith({ terminalFor: () => failed, failingChain: new Set(), failingNode: undefined })).toBe('aborted');
    expect(statusWith({ terminalFor: () => undefined, failingChain: new Set([node]), failingNode: node })).toBe('running');
  });

  it('gives the execution’s error to the failing node the context names', () => {
    const events = [started, ev(2, 1, 'WaitStateEntered', { name: 'W' }), ev(3, 2, 'ExecutionFailed', { error: 'Halted', cause: 'why' })];
    const grouping = groupStateVisits(events);
    const node = at(grouping.all, 0);
    const context = { terminalFor: () => at(events, -1), failingChain: new Set<VisitNode>([node]) };
    expect(at(toStateVisits(grouping, { ...context, failingNode: node }).all, 0)).toMatchObject({ error: 'Halted', cause: 'why' });
    expect(at(toStateVisits(grouping, { ...context, failingNode: undefined }).all, 0)).toMatchObject({ error: null, cause: null });
  });
});

describe('toStateVisits: edge cases', () => {
  it('derives nothing from a grouping with no visits', () => {
    const derived = derive([started, ev(2, 1, 'ExecutionSucceeded', {})]);
    expect([derived.roots, derived.all, derived.nodeOf.size, derived.visitOf.size]).toEqual([[], [], 0, 0]);
  });

  it('refuses a grouping whose visit is under no top-level visit', () => {
    const grouping = groupStateVisits([started, ev(2, 1, 'PassStateEntered', { name: 'A' })]);
    expect(() => toStateVisits({ ...grouping, roots: [] }, contextOf([], grouping))).toThrow(
      "the visit of state 'A' (event 2) is under no top-level visit",
    );
  });
});
