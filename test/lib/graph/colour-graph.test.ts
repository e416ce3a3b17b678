import { describe, expect, it } from 'vitest';
import { buildGraphModel, END_NODE_ID } from '@/lib/graph/build-graph-model';
import { colourGraph, withFocusOf } from '@/lib/graph/colour-graph';
import { inferGraphModel } from '@/lib/graph/infer-graph-model';
import type { GroupView, VisitView } from '@/lib/view-model/types';
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

const BATCH_DEFINITION = JSON.stringify({
  StartAt: 'Labels',
  States: {
    Labels: {
      Type: 'Map',
      End: true,
      ItemProcessor: {
        StartAt: 'Create',
        States: {
          Create: {
            Type: 'Task',
            Resource: 'arn:aws:lambda:us-east-1:1:function:create',
            End: true,
            Catch: [{ ErrorEquals: ['Bad'], Next: 'Flag' }],
          },
          Flag: { Type: 'Pass', End: true },
        },
      },
    },
  },
});

const visit = (id: number, name: string, status: VisitView['status'], extra: Partial<VisitView> = {}): VisitView => ({
  id,
  name,
  type: 'Task',
  status,
  startMs: null,
  endMs: null,
  durationMs: null,
  error: null,
  cause: null,
  caught: null,
  attempts: [],
  groups: [],
  eventIds: [],
  ...extra,
});

/** A Map visit of `count` iterations of Create; the caught ones go on to Flag, a failed one stops there. */
function batchMapVisit(count: number, isCaught: (index: number) => boolean, isFailed: (index: number) => boolean = () => false): VisitView {
  let id = 1;
  const groups: GroupView[] = Array.from({ length: count }, (_, index) => {
    const caught = isCaught(index);
    const failed = isFailed(index);
    const visits = [
      visit(++id, 'Create', failed ? 'failed' : caught ? 'caught' : 'succeeded', {
        ...(caught && { caught: { error: 'Bad', next: 'Flag' }, error: 'Bad' }),
        ...(failed && { error: 'Boom' }),
      }),
    ];
    if (caught) visits.push(visit(++id, 'Flag', 'succeeded', { type: 'Pass' }));
    return {
      key: `1:1:${index}`,
      kind: 'MapIteration',
      index,
      run: 1,
      status: 'succeeded',
      startMs: null,
      endMs: null,
      durationMs: null,
      visits,
    };
  });
  return visit(1, 'Labels', 'succeeded', { type: 'Map', groups });
}

describe('colourGraph', () => {
  it('marks the caught Task, the Catch edge taken with the error it caught, and the path taken', () => {
    const view = loadFixtureView('order-payment-caught');
    const model = buildGraphModel(ORDER_DEFINITION);
    const colours = colourGraph(model, view.visits, { executionStatus: view.status });
    expect(colours.nodes.ChargePayment).toEqual({
      status: 'caught',
      visits: 1,
      outcomes: { caught: 1 },
      focus: null,
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

  it('counts every Map iteration on the inner states, and says what the focused one did', () => {
    const view = loadFixtureView('order-fulfilment-succeeded');
    const model = inferGraphModel(view.visits, view.status);
    const all = colourGraph(model, view.visits, { executionStatus: view.status });
    expect(all.nodes['ReserveItems/ReserveStock']).toMatchObject({ visits: 3, outcomes: { succeeded: 3 }, focus: null });
    const second = view.visits[0]!.groups[1]!;
    const focused = colourGraph(model, view.visits, { executionStatus: view.status, focusGroupKey: second.key });
    expect(focused.nodes['ReserveItems/ReserveStock']).toMatchObject({
      visits: 3,
      status: 'succeeded',
      focus: { status: 'succeeded', visitId: second.visits[0]!.id },
      visitId: second.visits[0]!.id,
    });
    expect(focused.nodes.ReserveItems!.focus).toBeNull();
  });

  it('draws a state visited when any iteration ran it, with counts by outcome, even if the focused iteration did not', () => {
    const model = buildGraphModel(BATCH_DEFINITION);
    const map = batchMapVisit(300, (index) => index % 23 === 22);
    const focusKey = map.groups[7]!.key;
    const colours = colourGraph(model, [map], { executionStatus: 'SUCCEEDED', focusGroupKey: focusKey });
    expect(colours.nodes['Labels/Create']).toMatchObject({ status: 'caught', visits: 300, outcomes: { succeeded: 287, caught: 13 } });
    expect(colours.nodes['Labels/Create']!.focus).toEqual({ status: 'succeeded', visitId: map.groups[7]!.visits[0]!.id });
    // Iteration 7 never flagged its item; 13 others did.
    expect(colours.nodes['Labels/Flag']).toMatchObject({
      status: 'succeeded',
      visits: 13,
      focus: { status: 'not-visited', visitId: null },
    });
    expect(colours.nodes['Labels/Flag']!.visitId).not.toBeNull();
    expect(colours.edges['catch:Labels/Create->Labels/Flag']).toMatchObject({ taken: true, count: 13 });
  });

  it('ranks failed over caught over succeeded when iterations differ', () => {
    const model = buildGraphModel(BATCH_DEFINITION);
    const map = batchMapVisit(
      10,
      (index) => index === 3,
      (index) => index === 5,
    );
    const create = colourGraph(model, [map], { executionStatus: 'FAILED' }).nodes['Labels/Create']!;
    expect(create).toMatchObject({ status: 'failed', outcomes: { succeeded: 8, caught: 1, failed: 1 }, error: 'Boom' });
  });

  it('colours a Map of 10,000 iterations in well under a second (linear in the visits)', () => {
    const model = buildGraphModel(BATCH_DEFINITION);
    const small = batchMapVisit(1_000, (index) => index % 7 === 0);
    const large = batchMapVisit(10_000, (index) => index % 7 === 0);
    const time = (map: VisitView) => {
      const started = performance.now();
      colourGraph(model, [map], { executionStatus: 'SUCCEEDED', focusGroupKey: map.groups[5]!.key });
      return performance.now() - started;
    };
    time(small);
    const largeMs = time(large);
    expect(colourGraph(model, [large], { executionStatus: 'SUCCEEDED' }).nodes['Labels/Create']!.visits).toBe(10_000);
    expect(largeMs).toBeLessThan(1_000);
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

describe('withFocusOf', () => {
  it.each([7, 22])('colours a partial view focused on iteration %i as the whole view focused there would be', (focusIndex) => {
    const model = buildGraphModel(BATCH_DEFINITION);
    const map = batchMapVisit(300, (index) => index % 23 === 22);
    const focusKey = map.groups[focusIndex]!.key;
    // The partial view: only the focused iteration keeps its visits.
    const partial = { ...map, groups: map.groups.map((group) => (group.key === focusKey ? group : { ...group, visits: [] })) };
    const options = { executionStatus: 'SUCCEEDED' as const, focusGroupKey: focusKey };
    const fromPartial = colourGraph(model, [partial], options);
    expect(fromPartial.nodes['Labels/Create']!.visits).toBe(1);

    const whole = colourGraph(model, [map], { executionStatus: 'SUCCEEDED' });
    expect(withFocusOf(whole, fromPartial)).toEqual(colourGraph(model, [map], options));
  });
});
