import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildExecutionTimeline } from '@/lib/history/build-execution-timeline';
import { parseHistoryDocument, parseHistoryJson } from '@/lib/history/parse-history-document';
import { payloadValue } from '@/lib/history/payload';
import { toTimelineDocument } from '@/lib/history/to-timeline-document';
import type { ExecutionTimeline, StateVisit } from '@/lib/history/types';

const fixture = (name: string) => new URL(`../../fixtures/history/${name}`, import.meta.url);

function load(name: string): ExecutionTimeline {
  const parsed = parseHistoryJson(readFileSync(fixture(name), 'utf8'), name);
  return buildExecutionTimeline(parsed.events, parsed);
}

const at = (ms: number) => new Date(Date.UTC(2026, 2, 10, 9, 0, 0, ms));
const find = (visits: StateVisit[], name: string) => visits.find((v) => v.name === name)!;

describe('buildExecutionTimeline on hand-written histories with real timestamps', () => {
  it('shows each retry of a Task as an attempt with its back-off, then the Catch that routed the error', () => {
    const t = load('order-payment-caught.json');
    expect(t.status).toBe('SUCCEEDED');
    expect(t.startDate).toEqual(at(0));
    expect(t.stopDate).toEqual(at(10_125));
    expect(t.durationMs).toBe(10_125);

    const validate = find(t.visits, 'ValidateOrder');
    expect(validate).toMatchObject({ status: 'succeeded', startedAt: at(25), endedAt: at(420), durationMs: 395 });
    expect(validate.attempts).toEqual([
      expect.objectContaining({
        number: 1,
        kind: 'task',
        status: 'succeeded',
        scheduledAt: at(31),
        startedAt: at(48),
        endedAt: at(412),
        durationMs: 364,
        backoffMs: null,
      }),
    ]);

    const charge = find(t.visits, 'ChargePayment');
    expect(charge.status).toBe('caught');
    expect(charge.durationMs).toBe(9_662);
    expect(charge.attempts.map((a) => [a.status, a.error, a.scheduledAt, a.endedAt, a.backoffMs])).toEqual([
      ['failed', 'PaymentDeclined', at(440), at(1_655), null],
      ['failed', 'PaymentDeclined', at(3_655), at(4_870), 2_000],
      ['failed', 'PaymentDeclined', at(8_870), at(10_085), 4_000],
    ]);
    expect(charge.attempts[0]).toMatchObject({ resourceType: 'lambda', resource: 'invoke', region: 'eu-west-1', timeoutInSeconds: 30 });
    expect(charge.caughtBy).toMatchObject({ error: 'PaymentDeclined', next: 'RecordDeclinedPayment', nextEnteredEventId: 18 });
    expect(t.failure.caught).toEqual([
      expect.objectContaining({ state: 'ChargePayment', error: 'PaymentDeclined', next: 'RecordDeclinedPayment' }),
    ]);

    const record = find(t.visits, 'RecordDeclinedPayment');
    expect(payloadValue(record.assignedVariables?.paymentStatus)).toBe('DECLINED');
    expect(payloadValue(record.input)).toEqual({ orderId: 'ord-1042', error: { Error: 'PaymentDeclined', Cause: 'card declined' } });

    expect(t.transitions).toEqual({
      total: 6,
      byState: { ValidateOrder: 1, ChargePayment: 3, RecordDeclinedPayment: 1, OrderOnHold: 1 },
      redrives: 0,
    });
    expect(t.partial).toBe(false);
    expect(t.failure.failurePath).toEqual([]);
  });

  it('groups interleaved Map iterations by index and Parallel branches by their first state', () => {
    const t = load('order-fulfilment-succeeded.json');
    const map = find(t.visits, 'ReserveItems');
    expect(map.attempts).toEqual([expect.objectContaining({ kind: 'map', length: 3, status: 'succeeded' })]);
    expect(map.children.map((g) => [g.kind, g.index, g.status, g.durationMs, g.visits.map((v) => v.name)])).toEqual([
      ['MapIteration', 0, 'succeeded', 682, ['ReserveStock']],
      ['MapIteration', 1, 'succeeded', 932, ['ReserveStock']],
      ['MapIteration', 2, 'succeeded', 332, ['ReserveStock']],
    ]);
    expect(map.children.map((g) => payloadValue(g.visits[0]!.input))).toEqual([
      { sku: 'A-1', qty: 2 },
      { sku: 'B-7', qty: 1 },
      { sku: 'C-3', qty: 4 },
    ]);
    const parallel = find(t.visits, 'ShipAndNotify');
    expect(parallel.children.map((g) => [g.kind, g.index, g.visits.map((v) => [v.name, v.durationMs])])).toEqual([
      ['ParallelBranch', 0, [['CreateShipment', 1_477]]],
      ['ParallelBranch', 1, [['EmailCustomer', 206]]],
    ]);
    expect(payloadValue(parallel.output)).toEqual([{ trackingNumber: '1Z999' }, { messageId: 'm-77' }]);
    // 1 Map + 3 iterations x 1 state + 1 Parallel + 2 branch states
    // (docs/aws-behaviour.md#pricing-for-standard-workflows).
    expect(t.transitions.total).toBe(7);
  });

  it('follows a failure out of a Parallel branch to the root cause, and marks the other branch aborted', () => {
    const t = load('order-shipping-failed.json');
    expect(t.status).toBe('FAILED');
    expect(t.startDate).toEqual(at(0));
    expect(t.durationMs).toBe(1_370);
    expect(t.failure.failurePath.map((v) => [v.name, v.status])).toEqual([
      ['PrepareShipment', 'succeeded'],
      ['ShipAndNotify', 'failed'],
      ['CreateShipment', 'failed'],
    ]);
    expect(t.failure.rootCause).toMatchObject({
      state: 'CreateShipment',
      error: 'CarrierUnavailable',
      errorType: 'CarrierUnavailable',
      errorMessage: 'no carrier accepts parcels to this address',
    });
    const parallel = find(t.visits, 'ShipAndNotify');
    expect(parallel.error).toBe('CarrierUnavailable');
    expect(parallel.children.map((g) => [g.status, g.visits[0]!.name, g.visits[0]!.status])).toEqual([
      ['failed', 'CreateShipment', 'failed'],
      ['aborted', 'WaitForCarrier', 'aborted'],
    ]);
  });

  it('gives a partial timeline for a running execution, with the task still open', () => {
    const t = load('order-payment-running.json');
    expect(t.status).toBe('RUNNING');
    expect(t.partial).toBe(true);
    expect(t.partialReasons).toEqual(['not-terminal']);
    expect(t.stopDate).toBeNull();
    const [task] = t.visits;
    expect(task).toMatchObject({ name: 'AwaitApproval', status: 'running', endedAt: null, durationMs: null });
    expect(task!.attempts).toEqual([
      expect.objectContaining({
        status: 'running',
        resourceType: 'sqs',
        resource: 'sendMessage.waitForTaskToken',
        heartbeatInSeconds: 3600,
        startedAt: at(41),
      }),
    ]);
  });

  it('assigns each visit to its redrive attempt and counts the redrive as a transition', () => {
    const t = load('order-payment-redriven.json');
    expect(t.status).toBe('SUCCEEDED');
    expect(t.redriveCount).toBe(1);
    expect(t.visits.map((v) => [v.name, v.status, v.redriveAttempt])).toEqual([
      ['ChargePayment', 'failed', 0],
      ['ChargePayment', 'succeeded', 1],
    ]);
    expect(t.transitions).toEqual({ total: 3, byState: { ChargePayment: 2 }, redrives: 1 });
    expect(t.failure.rootCause).toBeNull();
  });

  it('reads SDK events (Date timestamps, newest first) exactly as the same history from a file', () => {
    const raw = JSON.parse(readFileSync(fixture('order-payment-caught.json'), 'utf8')) as { events: Record<string, unknown>[] };
    const sdkEvents = raw.events.map((e) => ({ ...e, timestamp: new Date(e.timestamp as string) })).reverse();
    const fromSdk = buildExecutionTimeline(parseHistoryDocument(sdkEvents, 'sdk').events);
    expect(toTimelineDocument(fromSdk)).toEqual(toTimelineDocument(load('order-payment-caught.json')));
  });

  it('keeps events of unknown types and shows them, without failing', () => {
    const raw = JSON.parse(readFileSync(fixture('order-payment-caught.json'), 'utf8')) as { events: Record<string, unknown>[] };
    const events = [
      ...raw.events.slice(0, 3),
      {
        id: 100,
        previousEventId: 3,
        type: 'TaskHeartbeatRecorded',
        timestamp: '2026-03-10T09:00:00.100Z',
        taskHeartbeatRecordedEventDetails: { note: 'new in 2027' },
      },
      ...raw.events.slice(3),
    ];
    const t = buildExecutionTimeline(parseHistoryDocument(events, 'x').events);
    expect(t.unknownEvents.map((e) => [e.id, e.rawType, e.details.raw])).toEqual([[100, 'TaskHeartbeatRecorded', { note: 'new in 2027' }]]);
    expect(find(t.visits, 'ValidateOrder').eventIds).toContain(100);
    expect(t.warnings.join()).toContain('TaskHeartbeatRecorded');
    expect(toTimelineDocument(t).unknownEvents).toEqual([
      { id: 100, previousEventId: 3, type: 'TaskHeartbeatRecorded', details: { note: 'new in 2027' } },
    ]);
  });

  it('flags a history cut at the 25,000-event limit as partial', () => {
    const events: Record<string, unknown>[] = [
      { id: 1, previousEventId: 0, type: 'ExecutionStarted', timestamp: 1_773_133_200, executionStartedEventDetails: {} },
    ];
    while (events.length < 24_999) {
      const id = events.length + 1;
      const type = id % 2 === 0 ? 'PassStateEntered' : 'PassStateExited';
      events.push({
        id,
        previousEventId: id === 2 ? 0 : id - 1,
        type,
        timestamp: 1_773_133_200 + id / 1000,
        [type === 'PassStateEntered' ? 'stateEnteredEventDetails' : 'stateExitedEventDetails']: { name: 'Loop' },
      });
    }
    events.push({
      id: 25_000,
      previousEventId: 24_999,
      type: 'ExecutionFailed',
      timestamp: 1_773_133_226,
      executionFailedEventDetails: {
        error: 'States.Runtime',
        cause: 'The execution reached the maximum number of history events (25000).',
      },
    });
    const t = buildExecutionTimeline(parseHistoryDocument(events, 'limit').events);
    expect(t.status).toBe('FAILED');
    expect(t.partialReasons).toEqual(['history-limit']);
    expect(t.transitions.total).toBe(12_499);
    expect(t.failure.rootCause).toMatchObject({ state: 'Loop', error: 'States.Runtime' });
  });

  it('flags a history whose first page is missing', () => {
    const raw = JSON.parse(readFileSync(fixture('order-payment-caught.json'), 'utf8')) as { events: unknown[] };
    const t = buildExecutionTimeline(parseHistoryDocument(raw.events.slice(5), 'page 2').events);
    expect(t.partialReasons).toContain('missing-events');
    expect(t.status).toBe('SUCCEEDED');
  });
});
