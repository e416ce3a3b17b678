import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatTimelineText } from '@/lib/format/format-timeline-text';
import { buildExecutionTimeline } from '@/lib/history/build-execution-timeline';
import { parseHistoryJson } from '@/lib/history/parse-history-document';

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
