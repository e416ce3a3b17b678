import { describe, expect, it } from 'vitest';
import { buildGraphModel, END_NODE_ID } from '@/lib/graph/build-graph-model';
import { colourGraph } from '@/lib/graph/colour-graph';
import { inferGraphModel } from '@/lib/graph/infer-graph-model';
import { loadFixtureView } from '../../support/view-model/load-fixture-view';

/** The definition the order-payment-caught fixture ran, as far as its history shows it. */
const ORDER_DEFINITION = JSON.stringify({
  StartAt: 'ValidateOrder',
  States: {
    ValidateOrder: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Next: 'ChargePayment' },
    ChargePayment: {
      Type: 'Task',
      Resource: 'arn:aws:states:::lambda:invoke',
      Retry: [{ ErrorEquals: ['PaymentDeclined'], MaxAttempts: 2 }],
      Catch: [{ ErrorEquals: ['PaymentDeclined'], ResultPath: '$.error', Next: 'RecordDeclinedPayment' }],
      Next: 'ShipOrder',
    },
    ShipOrder: { Type: 'Succeed' },
    RecordDeclinedPayment: { Type: 'Pass', Next: 'OrderOnHold' },
    OrderOnHold: { Type: 'Succeed' },
  },
});

describe('colourGraph', () => {
  it('marks the caught Task, the Catch edge taken with the error it caught, and the path taken', () => {
    const view = loadFixtureView('order-payment-caught');
    const model = buildGraphModel(ORDER_DEFINITION);
    const colours = colourGraph(model, view.visits, { executionStatus: view.status });
    expect(colours.nodes.ChargePayment).toEqual({
      status: 'caught',
      visits: 1,
      retries: 2,
      failStateReached: false,
      visitId: 7,
      error: 'PaymentDeclined',
    });
    expect(colours.nodes.ShipOrder!.status).toBe('not-visited');
    expect(colours.edges['catch:ChargePayment->RecordDeclinedPayment']).toEqual({ taken: true, count: 1, caughtError: 'PaymentDeclined' });
    expect(colours.edges['next:ChargePayment->ShipOrder']!.taken).toBe(false);
    const taken = Object.entries(colours.edges)
      .filter(([, run]) => run.taken)
      .map(([id]) => id);
    expect(taken).toEqual([
      'start:__start__->ValidateOrder',
      'next:ValidateOrder->ChargePayment',
      'catch:ChargePayment->RecordDeclinedPayment',
      'next:RecordDeclinedPayment->OrderOnHold',
      `end:OrderOnHold->${END_NODE_ID}`,
    ]);
  });

  it('colours a failed Parallel branch red and leaves the End unreached', () => {
    const view = loadFixtureView('order-shipping-failed');
    const model = inferGraphModel(view.visits, view.status);
    const colours = colourGraph(model, view.visits, { executionStatus: view.status });
    expect(colours.nodes['ShipAndNotify']!.status).toBe('failed');
    expect(colours.nodes['ShipAndNotify/CreateShipment']).toMatchObject({ status: 'failed', error: 'CarrierUnavailable' });
    expect(colours.nodes['ShipAndNotify/WaitForCarrier']!.status).toBe('aborted');
    expect(model.nodes.some((n) => n.id === END_NODE_ID)).toBe(false);
  });

  it('counts every Map iteration on the inner states, or only the focused one', () => {
    const view = loadFixtureView('order-fulfilment-succeeded');
    const model = inferGraphModel(view.visits, view.status);
    const all = colourGraph(model, view.visits, { executionStatus: view.status });
    expect(all.nodes['ReserveItems/ReserveStock']!.visits).toBe(3);
    const second = view.visits[0]!.groups[1]!;
    const focused = colourGraph(model, view.visits, { executionStatus: view.status, focusGroupKey: second.key });
    expect(focused.nodes['ReserveItems/ReserveStock']).toMatchObject({ visits: 1, visitId: second.visits[0]!.id });
  });
});

describe('inferGraphModel', () => {
  it('draws the states that ran and labels a Catch edge with the error it caught', () => {
    const view = loadFixtureView('order-payment-caught');
    const model = inferGraphModel(view.visits, view.status);
    expect(model.source).toBe('history');
    expect(model.nodes.map((n) => n.id)).toEqual([
      '__start__',
      'ValidateOrder',
      'ChargePayment',
      'RecordDeclinedPayment',
      'OrderOnHold',
      '__end__',
    ]);
    expect(model.edges.find((e) => e.kind === 'catch')).toEqual({
      id: 'catch:ChargePayment->RecordDeclinedPayment',
      source: 'ChargePayment',
      target: 'RecordDeclinedPayment',
      kind: 'catch',
      label: 'PaymentDeclined',
    });
  });
});

describe('nodeIdForVisit', () => {
  it('names a nested visit by the states that contain it', async () => {
    const { nodeIdForVisit } = await import('@/lib/graph/node-id-for-visit');
    const { indexVisits } = await import('@/lib/view-model/index-visits');
    const view = loadFixtureView('order-shipping-failed');
    const index = indexVisits(view);
    expect(nodeIdForVisit(index, view.failure!.visitId!)).toBe('ShipAndNotify/CreateShipment');
    expect(nodeIdForVisit(index, view.visits[0]!.id)).toBe('PrepareShipment');
    expect(nodeIdForVisit(index, 9_999)).toBeNull();
  });
});
