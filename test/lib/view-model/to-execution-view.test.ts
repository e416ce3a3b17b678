import { describe, expect, it } from 'vitest';
import { buildExecutionTimeline } from '@/lib/history/build-execution-timeline';
import { toExecutionView } from '@/lib/view-model/to-execution-view';
import { indexVisits, containingGroupKeys } from '@/lib/view-model/index-visits';
import { mapEventsToVisits } from '@/lib/view-model/map-events-to-visits';
import { historyEvent as ev } from '../../support/history/history-events';
import { loadFixtureView } from '../../support/view-model/load-fixture-view';

describe('toExecutionView', () => {
  it('keeps the caught payment error, its attempts and the visit payloads as JSON text', () => {
    const view = loadFixtureView('order-payment-caught');
    expect(view.status).toBe('SUCCEEDED');
    expect(view.visits.map((v) => `${v.name}:${v.status}`)).toEqual([
      'ValidateOrder:succeeded',
      'ChargePayment:caught',
      'RecordDeclinedPayment:succeeded',
      'OrderOnHold:succeeded',
    ]);
    const charge = view.visits[1]!;
    expect(charge.id).toBe(7);
    expect(charge.caught).toEqual({ error: 'PaymentDeclined', next: 'RecordDeclinedPayment' });
    expect(charge.attempts.map((a) => a.status)).toEqual(['failed', 'failed', 'caught']);
    expect(JSON.parse(charge.output!)).toEqual({ orderId: 'ord-1042', error: { Error: 'PaymentDeclined', Cause: 'card declined' } });
    expect(view.caught).toEqual([{ state: 'ChargePayment', visitId: 7, error: 'PaymentDeclined', next: 'RecordDeclinedPayment' }]);
    expect(view.failure).toBeNull();
    expect(view.eventCount).toBe(22);
  });

  it('reads the failure path and the Lambda error fields of a failed Parallel branch', () => {
    const view = loadFixtureView('order-shipping-failed');
    expect(view.failure).toMatchObject({
      state: 'CreateShipment',
      error: 'CarrierUnavailable',
      errorMessage: 'no carrier accepts parcels to this address',
    });
    expect(view.failure!.path.map((step) => step.name)).toEqual(['PrepareShipment', 'ShipAndNotify', 'CreateShipment']);
    const parallel = view.visits[1]!;
    expect(parallel.groups.map((g) => `${g.kind} ${g.index} ${g.status}`)).toEqual(['ParallelBranch 0 failed', 'ParallelBranch 1 aborted']);
  });

  it('indexes nested visits and says which rows must open to show one', () => {
    const view = loadFixtureView('order-shipping-failed');
    const index = indexVisits(view);
    const failing = view.failure!.visitId!;
    expect(index.byId.get(failing)!.name).toBe('CreateShipment');
    const parallelId = view.visits[1]!.id;
    expect(containingGroupKeys(index, failing)).toEqual([`visit:${parallelId}`, view.visits[1]!.groups[0]!.key]);
    expect(index.ordered.map((v) => v.name)).toEqual(['PrepareShipment', 'ShipAndNotify', 'CreateShipment', 'WaitForCarrier']);
  });

  it('links every state event to the visit that owns it', () => {
    const view = loadFixtureView('order-payment-caught');
    const owners = mapEventsToVisits(view.visits);
    expect(owners.get(7)).toBe(7);
    expect(owners.get(8)).toBe(7);
    expect(owners.get(1)).toBeUndefined();
  });
});

describe('toExecutionView child links', () => {
  it('names the Map Run a Distributed Map started, and leaves the links out of an execution that started none', () => {
    const mapRunArn = 'arn:aws:states:us-east-1:123456789012:mapRun:audit/Audit:run-1';
    const view = toExecutionView(
      buildExecutionTimeline([
        ev(1, 0, 'ExecutionStarted', { input: '{}', roleArn: 'r' }),
        ev(2, 0, 'MapStateEntered', { name: 'Audit', input: '{}' }),
        ev(3, 2, 'MapStateStarted', { length: 1 }),
        ev(4, 3, 'MapRunStarted', { mapRunArn }),
        ev(5, 4, 'MapRunSucceeded'),
        ev(6, 5, 'MapStateSucceeded'),
        ev(7, 5, 'MapStateExited', { name: 'Audit', output: '[]' }),
        ev(8, 7, 'ExecutionSucceeded', { output: '[]' }),
      ]),
    );
    expect(view.childLinks).toEqual({ mapRuns: [{ visitId: 2, state: 'Audit', mapRunArn, status: 'succeeded' }], startedExecutions: [] });
    expect(loadFixtureView('order-payment-caught').childLinks).toBeUndefined();
  });
});
