import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatTimelineText } from '@/lib/format/format-timeline-text';
import { buildExecutionTimeline } from '@/lib/history/build-execution-timeline';
import { parseHistoryJson } from '@/lib/history/parse-history-document';
import type { ExecutionEvent } from '@/lib/history/types';
import { historyEvent as ev } from '../../support/history/history-events';

const timelineOf = (name: string) => {
  const file = new URL(`../../fixtures/history/${name}.json`, import.meta.url).pathname;
  return buildExecutionTimeline(parseHistoryJson(readFileSync(file, 'utf8'), file).events);
};
const text = (...lines: string[]) => `${lines.join('\n')}\n`;

describe('formatTimelineText (what `statescope timeline` prints)', () => {
  it('tells a failed execution: failure path, root cause with the Lambda stack trace, per-state table, visit tree', () => {
    expect(formatTimelineText(timelineOf('order-shipping-failed'))).toBe(
      text(
        'Execution FAILED',
        'Started 2026-03-10 09:00:00Z   Stopped 2026-03-10 09:00:01Z   Duration 1.37 s',
        'Events 13   State transitions (estimate) 4',
        '',
        'Failure path: PrepareShipment → ShipAndNotify → CreateShipment',
        'Root cause: CreateShipment: CarrierUnavailable',
        '  no carrier accepts parcels to this address',
        `    File "/var/task/app.py", line 41, in handler raise CarrierUnavailable('no carrier accepts parcels to this address')`,
        '',
        'States:',
        '  STATE            TYPE      VISITS  FAILED  CAUGHT  RETRIES  TIME    TRANSITIONS',
        '  PrepareShipment  Pass      1       0       0       0        2 ms    1',
        '  ShipAndNotify    Parallel  1       1       0       0        1.33 s  1',
        '  CreateShipment   Task      1       1       0       0        1.32 s  1',
        '  WaitForCarrier   Wait      1       0       0       0        1.32 s  1',
        '',
        'Visits:',
        '  PrepareShipment (Pass) succeeded, 2 ms',
        '  ShipAndNotify (Parallel) failed, 1.33 s  CarrierUnavailable',
        '    [Branch 0] failed, 1.32 s',
        '      CreateShipment (Task) failed, 1.32 s  CarrierUnavailable',
        '    [Branch 1] aborted, 1.32 s',
        '      WaitForCarrier (Wait) aborted, 1.32 s',
      ),
    );
  });

  it('marks a running execution partial and prints dashes for what has not happened yet', () => {
    expect(formatTimelineText(timelineOf('order-payment-running'))).toBe(
      text(
        'Execution RUNNING  (partial: not-terminal)',
        'Started 2026-03-10 09:00:00Z   Stopped –   Duration –',
        'Events 5   State transitions (estimate) 1',
        '',
        'States:',
        '  STATE          TYPE  VISITS  FAILED  CAUGHT  RETRIES  TIME  TRANSITIONS',
        '  AwaitApproval  Task  1       0       0       0        –     1',
        '',
        'Visits:',
        '  AwaitApproval (Task) running, –',
      ),
    );
  });

  it('lists caught errors with the state they led to, and cuts the visit tree at maxTreeRows saying how many there are', () => {
    expect(formatTimelineText(timelineOf('order-payment-caught'), { maxTreeRows: 2 })).toBe(
      text(
        'Execution SUCCEEDED',
        'Started 2026-03-10 09:00:00Z   Stopped 2026-03-10 09:00:10Z   Duration 10.1 s',
        'Events 22   State transitions (estimate) 6',
        '',
        'Caught errors:',
        '  ChargePayment: PaymentDeclined → RecordDeclinedPayment',
        '',
        'States:',
        '  STATE                  TYPE     VISITS  FAILED  CAUGHT  RETRIES  TIME    TRANSITIONS',
        '  ValidateOrder          Task     1       0       0       0        395 ms  1',
        '  ChargePayment          Task     1       0       1       2        9.66 s  3',
        '  RecordDeclinedPayment  Pass     1       0       0       0        2 ms    1',
        '  OrderOnHold            Succeed  1       0       0       0        1 ms    1',
        '',
        'Visits:',
        '  ValidateOrder (Task) succeeded, 395 ms',
        '  ChargePayment (Task) caught, 9.66 s, 3 attempts  PaymentDeclined → RecordDeclinedPayment',
        '  … and more (4 visits in all; --json has every one)',
      ),
    );
  });
});

const timelineFrom = (...events: ExecutionEvent[]) => formatTimelineText(buildExecutionTimeline(events));
const started = ev(1, 0, 'ExecutionStarted', { input: '{}' });

describe('formatTimelineText on hand-made histories', () => {
  it('counts redrives next to the transitions', () => {
    expect(formatTimelineText(timelineOf('order-payment-redriven'))).toBe(
      text(
        'Execution SUCCEEDED',
        'Started 2026-03-10 09:00:00Z   Stopped 2026-03-10 10:00:00Z   Duration 1 h 00 min',
        'Events 13   State transitions (estimate) 3, 1 redrive(s)',
        '',
        'States:',
        '  STATE          TYPE  VISITS  FAILED  CAUGHT  RETRIES  TIME    TRANSITIONS',
        '  ChargePayment  Task  2       1       0       0        29.8 s  2',
        '',
        'Visits:',
        '  ChargePayment (Task) failed, 29 s  Lambda.ServiceException',
        '  ChargePayment (Task) succeeded, 830 ms',
      ),
    );
  });

  it('flattens a long cause to one line of 160 characters, and lists warnings, caught errors with no next state, Fail states and unknown events', () => {
    const cause = `line one\n\n  line   two ${'x'.repeat(200)}`;
    expect(
      timelineFrom(
        started,
        ev(2, 1, 'TaskStateEntered', { name: 'Charge' }),
        ev(3, 2, 'TaskScheduled', {}),
        ev(4, 3, 'TaskFailed', {}),
        ev(5, 4, 'TaskStateExited', { name: 'Charge' }),
        ev(6, 5, 'SomethingNew', { x: 1 }),
        ev(7, 6, 'FailStateEntered', { name: 'Reject', error: 'OrderRejected', cause }),
        ev(8, 7, 'ExecutionFailed', { error: 'OrderRejected', cause }),
      ),
    ).toBe(
      text(
        'Execution FAILED',
        'Started 2026-03-10 09:00:00Z   Stopped 2026-03-10 09:00:00Z   Duration 70 ms',
        'Events 8   State transitions (estimate) 2',
        'Warning: 1 events of unknown type (SomethingNew) are shown as they are',
        '',
        'Failure path: Charge → Reject',
        'Root cause: Reject: OrderRejected',
        // 'line one line two ' and 141 x: 159 characters, then the ellipsis.
        `  line one line two ${'x'.repeat(141)}…`,
        '',
        'Caught errors:',
        '  Charge: error → (next state not in history)',
        '',
        'Fail states reached: Reject',
        '',
        'Unknown events: #6 SomethingNew',
        '',
        'States:',
        '  STATE   TYPE  VISITS  FAILED  CAUGHT  RETRIES  TIME   TRANSITIONS',
        '  Charge  Task  1       0       1       0        30 ms  1',
        '  Reject  Fail  1       1       0       0        0 ms   1',
        '',
        'Visits:',
        '  Charge (Task) caught, 30 ms',
        '  Reject (Fail) failed, 0 ms  OrderRejected',
      ),
    );
  });

  it('prints the first five stack frames of a Lambda error, and names the runs of a retried Map', () => {
    const cause = JSON.stringify({ errorType: 'Boom', errorMessage: 'it broke', stackTrace: ['f1', 'f2', 'f3', 'f4', 'f5', 'f6', 'f7'] });
    expect(
      timelineFrom(
        started,
        ev(2, 1, 'MapStateEntered', { name: 'M' }),
        ev(3, 2, 'MapStateStarted', { length: 1 }),
        ev(4, 3, 'MapIterationStarted', { name: 'M', index: 0 }),
        ev(5, 4, 'FailStateEntered', { name: 'Nope', error: 'Flaky' }),
        ev(6, 5, 'MapIterationFailed', { name: 'M', index: 0 }),
        ev(7, 6, 'MapStateStarted', { length: 1 }),
        ev(8, 7, 'MapIterationStarted', { name: 'M', index: 0 }),
        ev(9, 8, 'TaskStateEntered', { name: 'T' }),
        ev(10, 9, 'TaskScheduled', {}),
        ev(11, 10, 'TaskFailed', { error: 'Boom', cause }),
        ev(12, 11, 'MapIterationFailed', { name: 'M', index: 0 }),
        ev(13, 12, 'MapStateFailed'),
        ev(14, 13, 'ExecutionFailed', { error: 'Boom', cause }),
      ),
    ).toBe(
      text(
        'Execution FAILED',
        'Started 2026-03-10 09:00:00Z   Stopped 2026-03-10 09:00:00Z   Duration 130 ms',
        'Events 14   State transitions (estimate) 3',
        '',
        'Failure path: M → T',
        'Root cause: T: Boom',
        '  it broke',
        '    f1',
        '    f2',
        '    f3',
        '    f4',
        '    f5',
        '',
        'Fail states reached: Nope',
        '',
        'States:',
        '  STATE  TYPE  VISITS  FAILED  CAUGHT  RETRIES  TIME    TRANSITIONS',
        '  M      Map   1       1       0       1        110 ms  1',
        '  Nope   Fail  1       1       0       0        0 ms    1',
        '  T      Task  1       1       0       0        20 ms   1',
        '',
        'Visits:',
        '  M (Map) failed, 110 ms, 2 attempts  Boom',
        '    [Iteration 0] failed, 20 ms',
        '      Nope (Fail) failed, 0 ms  Flaky',
        '    [Iteration 0 (run 2)] failed, 40 ms',
        '      T (Task) failed, 20 ms  Boom',
      ),
    );
  });

  it('says no state was entered when none was', () => {
    expect(timelineFrom(started, ev(2, 1, 'ExecutionSucceeded', {}))).toBe(
      text(
        'Execution SUCCEEDED',
        'Started 2026-03-10 09:00:00Z   Stopped 2026-03-10 09:00:00Z   Duration 10 ms',
        'Events 2   State transitions (estimate) 0',
        '',
        'No state was entered.',
      ),
    );
  });

  it.each([
    ['ExecutionFailed', 'unknown error'],
    ['ExecutionTimedOut', 'States.Timeout'],
  ])('blames the execution itself when no state failed it (%s: %s)', (terminal, error) => {
    expect(timelineFrom(started, ev(2, 1, terminal, {}))).toContain(`\nRoot cause: (execution): ${error}\n`);
  });

  it('lists every partial reason and prints a dash for a start the history does not have', () => {
    const out = timelineFrom(ev(2, 1, 'WaitStateEntered', { name: 'W' }));
    expect(out.split('\n').slice(0, 3)).toEqual([
      'Execution RUNNING  (partial: not-terminal, missing-events)',
      'Started –   Stopped –   Duration –',
      'Events 1   State transitions (estimate) 1',
    ]);
  });

  it('says nothing was left out when the visit tree fits maxTreeRows exactly', () => {
    const out = formatTimelineText(timelineOf('order-payment-caught'), { maxTreeRows: 4 });
    expect(out).not.toContain('and more');
    expect(out.split('\nVisits:\n')[1]?.trimEnd().split('\n')).toHaveLength(4);
  });

  it('prints 60 rows of the visit tree by default, then how many visits there are', () => {
    const events = [started];
    for (let i = 0; i < 61; i++) {
      const id = 2 + 2 * i;
      events.push(ev(id, id - 1, 'PassStateEntered', { name: `S${i}` }), ev(id + 1, id, 'PassStateExited', { name: `S${i}` }));
    }
    const visits =
      timelineFrom(...events)
        .split('\nVisits:\n')[1]
        ?.split('\n') ?? [];
    expect(visits).toHaveLength(62);
    expect(visits.slice(58)).toEqual([
      '  S58 (Pass) succeeded, 10 ms',
      '  S59 (Pass) succeeded, 10 ms',
      '  … and more (61 visits in all; --json has every one)',
      '',
    ]);
  });
});
